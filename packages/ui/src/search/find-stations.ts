import type { Label, PublicStations } from '@platform/contracts'

type PublicStation = PublicStations['stations'][number]
export type StationResult = { station: PublicStation; communities: PublicStation['communities'] }

/**
 * A station is shown when its own name matches (with all its communities) or when some of its
 * communities match (with only those), so a resident who types a community name sees its station.
 * Without `byCommunity`, only station names are matched.
 */
export function findStations(
  stations: readonly PublicStation[],
  query: string,
  matches: (label: Label, query: string) => boolean,
  options: { byCommunity: boolean } = { byCommunity: true },
): StationResult[] {
  const results: StationResult[] = []
  for (const station of stations) {
    if (matches(station.name, query)) {
      results.push({ station, communities: station.communities })
      continue
    }
    // Staff look a station up by its own name only.
    if (!options.byCommunity) continue
    const communities = station.communities.filter((community) => matches(community.name, query))
    if (communities.length > 0) results.push({ station, communities })
  }
  return results
}
