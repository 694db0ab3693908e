import { chineseNumeral } from './numerals'
import type { PlacedStation } from './places'
import type { Row } from './tables'

// Community policing teams (社区警务队) and the 66 community police groups (社区警组) built on
// them: "依托派出所社区警务队，在分局共组建66个社区警组，每个警组配备2至5名社区民警".
// A team covers the grids of its A's; a group is a few A's who back each other up and the
// B's who back them (互为AB角). This file lays out the seats; officers.ts fills them.

export type Seat = {
  station: PlacedStation
  teamId: string
  groupId: string
  role: 'A' | 'B'
  /** The grid an A is responsible for. */
  gridId?: string
  /** Leads the team (article, 前门: deputy heads and sergeants lead the teams). */
  leader?: 'deputyHead' | 'sergeant'
}

export type Formation = {
  team: Row<'officers', 'team'>[]
  teamGrid: Row<'officers', 'teamGrid'>[]
  policeGroup: Row<'officers', 'policeGroup'>[]
  seats: Seat[]
}

export function generateFormation(newId: () => string, stations: readonly PlacedStation[]): Formation {
  const formation: Formation = { team: [], teamGrid: [], policeGroup: [], seats: [] }
  for (const station of stations) {
    const { spec } = station
    const grids = [...station.gridIds]
    let groupNo = 0
    station.teams.forEach((groups, t) => {
      const teamId = newId()
      formation.team.push({
        id: teamId,
        stationId: station.id,
        nameZh: `${spec.zh}社区警务${chineseNumeral(t + 1)}队`,
        nameEn: `${spec.en} Community Policing Team ${t + 1}`,
      })
      let leaders: Seat['leader'][] = spec.teamLeaders ? ['deputyHead', 'sergeant'] : []
      for (const shape of groups) {
        groupNo++
        const groupId = newId()
        formation.policeGroup.push({
          id: groupId,
          stationId: station.id,
          nameZh: `${spec.zh}第${chineseNumeral(groupNo)}社区警组`,
          nameEn: `${spec.en} Community Police Group ${groupNo}`,
        })
        for (let i = 0; i < shape.a; i++) {
          const gridId = grids.shift()
          if (!gridId) throw new Error(`${spec.code}: more A's than grids`)
          formation.teamGrid.push({ teamId, gridId })
          formation.seats.push({ station, teamId, groupId, role: 'A', gridId })
        }
        for (let i = 0; i < shape.b; i++) {
          const [leader, ...rest] = leaders
          leaders = rest
          formation.seats.push({ station, teamId, groupId, role: 'B', ...(leader ? { leader } : {}) })
        }
      }
    })
    if (grids.length > 0) throw new Error(`${spec.code}: ${grids.length} grids without an A`)
  }
  return formation
}
