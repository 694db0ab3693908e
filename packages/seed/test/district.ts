import { generateDistrict } from '../src'

// One generated district shared by the test files, with the lookups they need.

export const district = generateDistrict()
export const { communities, officers, assessments, disputes, identity } = district

export function stationByName(zh: string) {
  const station = communities.station.find((s) => s.nameZh === `${zh}派出所`)
  if (!station) throw new Error(`no station ${zh}`)
  return station
}

export const inStation = <T extends { stationId: string }>(rows: readonly T[], zh: string) =>
  rows.filter((r) => r.stationId === stationByName(zh).id)

export const dedicatedOfficers = officers.officer.filter((o) => o.dedicated)

/** Members of each group, by group id. */
export const membersOf = (groupId: string) => officers.groupMember.filter((m) => m.groupId === groupId)

export const officerById = new Map(officers.officer.map((o) => [o.id, o]))

export const ageOf = (o: { birthYear: number }, year: number) => year - o.birthYear

export const average = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
