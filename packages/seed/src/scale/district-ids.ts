import type { DatabaseSync } from 'node:sqlite'

// The seeded district as the scale rows need it (read back from the databases, so the scale
// seed follows whatever the district seed wrote): communities with their station and grid,
// officers with their team's grids, each grid's responsible officer.

export type DistrictIds = {
  communities: { id: string; stationId: string; gridId: string | null }[]
  officers: { id: string; stationId: string; grids: string[] }[]
  responsibleOf: Map<string, string>
}

export function readDistrictIds(communitiesDb: DatabaseSync, officersDb: DatabaseSync): DistrictIds {
  const communities = communitiesDb
    .prepare(
      `select c.id as id, c.station_id as stationId, gc.grid_id as gridId
         from community c left join grid_community gc on gc.community_id = c.id order by c.id`,
    )
    .all() as DistrictIds['communities']
  const teamGrids = officersDb.prepare('select team_id as teamId, grid_id as gridId from team_grid').all() as {
    teamId: string
    gridId: string
  }[]
  const officers = (
    officersDb.prepare('select id, station_id as stationId, team_id as teamId from officer order by id').all() as {
      id: string
      stationId: string
      teamId: string | null
    }[]
  ).map((o) => ({
    id: o.id,
    stationId: o.stationId,
    grids: teamGrids.filter((t) => t.teamId === o.teamId).map((t) => t.gridId),
  }))
  const responsibleOf = new Map(
    (
      officersDb.prepare('select grid_id as gridId, officer_id as officerId from grid_responsibility').all() as {
        gridId: string
        officerId: string
      }[]
    ).map((r) => [r.gridId, r.officerId]),
  )
  if (communities.length === 0 || officers.length === 0)
    throw new Error('The district is not seeded (no communities or officers): run the district seed first.')
  return { communities, officers, responsibleOf }
}
