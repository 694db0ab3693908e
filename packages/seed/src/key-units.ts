import type { PlacedStation } from './places'
import type { Rng } from './prng'
import type { Row } from './tables'

// Key units get the "three fives" security measures (六必须: schools, hospitals and the like).
// Spread over the communities at random, with at least one school, kindergarten and hospital
// in every station so each station's checklist has something to cover.

type KeyUnit = Row<'communities', 'keyUnit'>
type Kind = 'school' | 'kindergarten' | 'hospital'

/** Chance a community has a unit of the kind. */
const CHANCE: Record<Kind, number> = { school: 0.4, kindergarten: 0.35, hospital: 0.15 }

function unitName(rng: Rng, kind: Kind, community: { zh: string; en: string }) {
  if (kind === 'school') {
    return rng.next() < 0.7
      ? { zh: `${community.zh}小学`, en: `${community.en} Primary School` }
      : { zh: `${community.zh}中学`, en: `${community.en} Middle School` }
  }
  if (kind === 'kindergarten') return { zh: `${community.zh}幼儿园`, en: `${community.en} Kindergarten` }
  return { zh: `${community.zh}社区卫生服务站`, en: `${community.en} Community Health Station` }
}

export function generateKeyUnits(rng: Rng, newId: () => string, stations: readonly PlacedStation[]): KeyUnit[] {
  const units: KeyUnit[] = []
  for (const station of stations) {
    for (const kind of Object.keys(CHANCE) as Kind[]) {
      const hosts = station.communities.filter(() => rng.next() < CHANCE[kind])
      if (hosts.length === 0) hosts.push(rng.pick(station.communities))
      for (const community of hosts) {
        const name = unitName(rng, kind, community)
        units.push({ id: newId(), communityId: community.id, kind, nameZh: name.zh, nameEn: name.en })
      }
    }
  }
  return units
}
