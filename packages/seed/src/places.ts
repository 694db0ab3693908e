import { apportion } from './apportion'
import { communityNames } from './community-names'
import type { Label } from './names'
import type { Rng } from './prng'
import { BRANCH, type GroupShape, parseTeams, STATIONS, type StationSpec } from './stations'
import type { Row } from './tables'

// Branch → stations → communities → police grids. A grid usually is one community; where a
// station has more communities than dedicated officers, some grids cover two (each grid has
// exactly one dedicated officer: "每个社区警务网格配备1名专职社区民警").

export type PlacedCommunity = Label & { id: string }

export type PlacedStation = {
  id: string
  spec: StationSpec
  teams: GroupShape[][]
  /** Grid ids in order: the station's A's take them one by one. */
  gridIds: string[]
  communities: PlacedCommunity[]
}

export type Places = {
  branch: Row<'communities', 'branch'>[]
  station: Row<'communities', 'station'>[]
  community: Row<'communities', 'community'>[]
  grid: Row<'communities', 'grid'>[]
  gridCommunity: Row<'communities', 'gridCommunity'>[]
  stations: PlacedStation[]
}

type HousingType = Row<'communities', 'community'>['housingType']

/** Bungalow share first, a fifth mixed, the rest apartment buildings; shuffled over the communities. */
function housingTypes(rng: Rng, count: number, bungalowShare: number): HousingType[] {
  const bungalow = Math.round(count * bungalowShare)
  const mixed = Math.min(count - bungalow, Math.round(count * 0.2))
  const types: HousingType[] = Array.from({ length: count }, (_, i) =>
    i < bungalow ? 'bungalow' : i < bungalow + mixed ? 'mixed' : 'building',
  )
  return rng.shuffle(types)
}

const weights = (rng: Rng, count: number) => Array.from({ length: count }, () => 0.6 + 0.8 * rng.next())

export function generatePlaces(rng: Rng, newId: () => string): Places {
  const branchId = newId()
  const places: Places = {
    branch: [{ id: branchId, nameZh: BRANCH.zh, nameEn: BRANCH.en }],
    station: [],
    community: [],
    grid: [],
    gridCommunity: [],
    stations: [],
  }
  for (const spec of STATIONS) {
    const stationId = newId()
    places.station.push({
      id: stationId,
      branchId,
      code: spec.code,
      nameZh: `${spec.zh}派出所`,
      nameEn: `${spec.en} Police Station`,
    })

    const names = communityNames(spec.code)
    const housing = housingTypes(rng, names.length, spec.bungalowShare)
    const population = apportion(spec.population, weights(rng, names.length))
    const areaHundredths = apportion(Math.round(spec.areaKm2 * 100), weights(rng, names.length))
    const communities = names.map((name) => ({ ...name, id: newId() }))
    communities.forEach((c, i) => {
      places.community.push({
        id: c.id,
        stationId,
        nameZh: `${c.zh}社区`,
        nameEn: `${c.en} Community`,
        housingType: housing[i] as HousingType,
        population: population[i] as number,
        areaKm2: (areaHundredths[i] as number) / 100,
      })
    })

    const teams = parseTeams(spec.teams)
    const gridCount = teams.flat().reduce((s, g) => s + g.a, 0)
    const doubled = communities.length - gridCount
    if (doubled < 0 || doubled > gridCount) {
      throw new Error(`${spec.code}: ${communities.length} communities cannot fill ${gridCount} grids`)
    }
    const twoCommunityGrids = new Set(rng.shuffle([...Array(gridCount).keys()]).slice(0, doubled))
    const gridIds: string[] = []
    let next = 0
    for (let g = 0; g < gridCount; g++) {
      const covered = communities.slice(next, next + (twoCommunityGrids.has(g) ? 2 : 1))
      next += covered.length
      const gridId = newId()
      gridIds.push(gridId)
      places.grid.push({
        id: gridId,
        stationId,
        nameZh: `${covered.map((c) => c.zh).join('·')}警格`,
        nameEn: `${covered.map((c) => c.en).join('–')} Grid`,
      })
      for (const c of covered) places.gridCommunity.push({ gridId, communityId: c.id })
    }
    places.stations.push({ id: stationId, spec, teams, gridIds, communities })
  }
  return places
}
