import type { ForceCounts, Group, RosterOfficer, Team } from '@platform/contracts'
import { and, asc, count, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import { gridResponsibility, groupMember, officer, policeGroup, team, teamGrid } from '../../db/schema'

export type RosterFilter = { stationId?: string | undefined; dedicated?: boolean | undefined }

/**
 * Officers, teams and groups in four queries sent as one D1 batch, whatever the number of officers.
 * Filters are joins, not `IN (ids…)` lists: D1 caps bound parameters at 100 per statement.
 */
export async function loadRoster(db: Db, filter: RosterFilter) {
  const ofStation = (column: typeof officer.stationId | typeof team.stationId | typeof policeGroup.stationId) =>
    filter.stationId === undefined ? undefined : eq(column, filter.stationId)
  const officerFilter = and(
    ofStation(officer.stationId),
    filter.dedicated === undefined ? undefined : eq(officer.dedicated, filter.dedicated),
  )

  const [officerRows, gridRows, teamRows, groupRows] = await db.batch([
    db
      .select({
        id: officer.id,
        stationId: officer.stationId,
        teamId: officer.teamId,
        nameZh: officer.nameZh,
        nameEn: officer.nameEn,
        dedicated: officer.dedicated,
        titleZh: officer.titleZh,
        titleEn: officer.titleEn,
        birthYear: officer.birthYear,
        education: officer.education,
        inPostSince: officer.inPostSince,
        groupId: groupMember.groupId,
        role: groupMember.role,
      })
      .from(officer)
      .leftJoin(groupMember, eq(groupMember.officerId, officer.id))
      .where(officerFilter)
      // Officers without a team come last in their station.
      .orderBy(asc(officer.stationId), sql`${officer.teamId} is null`, asc(officer.teamId), asc(officer.nameEn)),
    db
      .select({ officerId: gridResponsibility.officerId, gridId: gridResponsibility.gridId })
      .from(gridResponsibility)
      .innerJoin(officer, eq(officer.id, gridResponsibility.officerId))
      .where(officerFilter)
      .orderBy(asc(gridResponsibility.gridId)),
    db
      .select({
        id: team.id,
        stationId: team.stationId,
        nameZh: team.nameZh,
        nameEn: team.nameEn,
        gridId: teamGrid.gridId,
      })
      .from(team)
      .leftJoin(teamGrid, eq(teamGrid.teamId, team.id))
      .where(ofStation(team.stationId))
      .orderBy(asc(team.stationId), asc(team.id), asc(teamGrid.gridId)),
    db
      .select({
        id: policeGroup.id,
        stationId: policeGroup.stationId,
        nameZh: policeGroup.nameZh,
        nameEn: policeGroup.nameEn,
        officerId: groupMember.officerId,
        role: groupMember.role,
      })
      .from(policeGroup)
      .leftJoin(groupMember, eq(groupMember.groupId, policeGroup.id))
      .where(ofStation(policeGroup.stationId))
      .orderBy(asc(policeGroup.stationId), asc(policeGroup.id), asc(groupMember.role), asc(groupMember.officerId)),
  ])

  const gridsOf = new Map<string, string[]>()
  for (const row of gridRows) gridsOf.set(row.officerId, [...(gridsOf.get(row.officerId) ?? []), row.gridId])

  const officers: RosterOfficer[] = officerRows.map((row) => ({
    id: row.id,
    name: { zh: row.nameZh, en: row.nameEn },
    stationId: row.stationId,
    teamId: row.teamId,
    dedicated: row.dedicated,
    title: { zh: row.titleZh, en: row.titleEn },
    birthYear: row.birthYear,
    education: row.education,
    inPostSince: row.inPostSince,
    gridIds: gridsOf.get(row.id) ?? [],
    groupId: row.groupId,
    role: row.role,
  }))

  const teams = new Map<string, Team>()
  for (const row of teamRows) {
    const entry = teams.get(row.id) ?? {
      id: row.id,
      stationId: row.stationId,
      name: { zh: row.nameZh, en: row.nameEn },
      gridIds: [],
    }
    if (row.gridId !== null) entry.gridIds.push(row.gridId)
    teams.set(row.id, entry)
  }

  const groups = new Map<string, Group>()
  for (const row of groupRows) {
    const entry = groups.get(row.id) ?? {
      id: row.id,
      stationId: row.stationId,
      name: { zh: row.nameZh, en: row.nameEn },
      members: [],
    }
    if (row.officerId !== null && row.role !== null) entry.members.push({ officerId: row.officerId, role: row.role })
    groups.set(row.id, entry)
  }

  return { officers, teams: [...teams.values()], groups: [...groups.values()] }
}

/** The district counts the gateway shows (`/api/public/district`), counted, never literals. */
export async function countForce(db: Db): Promise<ForceCounts> {
  const [[officers], [groups]] = await db.batch([
    db.select({ n: count() }).from(officer).where(eq(officer.dedicated, true)),
    db.select({ n: count() }).from(policeGroup),
  ])
  return { dedicatedOfficers: officers?.n ?? 0, groups: groups?.n ?? 0 }
}
