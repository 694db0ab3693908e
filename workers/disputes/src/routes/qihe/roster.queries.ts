import { Agency, type QiheRosterInput, type QiheRosterMember, type QiheToday } from '@platform/contracts'

/** The staff's form after validation (defaults filled in). */
export type RosterInput = ReturnType<typeof QiheRosterInput.parse>

import { asc } from 'drizzle-orm'
import type { Db } from '../../db'
import { qiheStaff } from '../../db/schema'
import { isWorkingDay, localDate } from '../../rules/deadlines'
import { agenciesOn, weekAhead, weekdaysFromText, weekdaysToText } from '../../rules/roster'

/** The public page shows today and this many days ahead. */
const DAYS_AHEAD = 7

type StaffRow = typeof qiheStaff.$inferSelect

export const memberOf = (row: StaffRow): QiheRosterMember => ({
  id: row.id,
  name: { zh: row.nameZh, en: row.nameEn },
  agency: row.agency,
  arrangement: row.arrangement,
  position: { zh: row.positionZh, en: row.positionEn },
  weekdays: weekdaysFromText(row.weekdays),
  active: row.active,
})

/** The stored columns of a roster entry from the staff's form. */
export const columnsOf = (input: RosterInput) => ({
  nameZh: input.name.zh,
  nameEn: input.name.en,
  agency: input.agency,
  arrangement: input.arrangement,
  positionZh: input.position.zh,
  positionEn: input.position.en,
  weekdays: weekdaysToText(input.weekdays),
  active: input.active,
})

/** Everyone on the roster, active or not, by agency then name (staff keep it). */
export async function listRoster(db: Db): Promise<QiheRosterMember[]> {
  const rows = await db
    .select()
    .from(qiheStaff)
    .orderBy(asc(qiheStaff.agency), asc(qiheStaff.nameEn), asc(qiheStaff.id))
  const order = (agency: string) => Agency.options.indexOf(agency as Agency)
  return rows.map(memberOf).sort((a, b) => order(a.agency) - order(b.agency))
}

/** Who is at the station today and which agencies on the coming days (counts by agency, no names). */
export async function today(db: Db, now = new Date()): Promise<QiheToday> {
  const rows = await db.select().from(qiheStaff)
  const staff = rows.map((row) => ({ ...row, weekdays: weekdaysFromText(row.weekdays) }))
  return {
    date: localDate(now),
    workingDay: isWorkingDay(now),
    agencies: agenciesOn(staff, now, Agency.options),
    week: weekAhead(staff, now, Agency.options, DAYS_AHEAD),
  }
}
