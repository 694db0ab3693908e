import { Agency, type QihePublicInfo, type QiheStaffMember, type StaffSummary } from '@platform/contracts'
import { asc, count, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import { qiheStaff } from '../../db/schema'

// Agencies are listed in the order the contract's enum gives them (police, procuratorate,
// court, justice bureau), not in the order of their codes.
const agencyOrder = sql`case ${qiheStaff.agency} ${sql.join(
  Agency.options.map((agency, i) => sql`when ${agency} then ${i}`),
  sql` `,
)} end`

/** Active staff of the station, by agency, then by name. */
export async function listActiveStaff(db: Db): Promise<QiheStaffMember[]> {
  const rows = await db
    .select()
    .from(qiheStaff)
    .where(eq(qiheStaff.active, true))
    .orderBy(agencyOrder, asc(qiheStaff.nameEn), asc(qiheStaff.id))
  return rows.map((row) => ({
    id: row.id,
    name: { zh: row.nameZh, en: row.nameEn },
    agency: row.agency,
    arrangement: row.arrangement,
    position: { zh: row.positionZh, en: row.positionEn },
  }))
}

/**
 * Active staff per agency and arrangement (resident, rotating, on call). Every agency appears,
 * with zeros when it has nobody at the station, so the public page always shows all four.
 */
export async function countStaffByAgency(db: Db): Promise<QihePublicInfo['agencies']> {
  const rows = await db
    .select({ agency: qiheStaff.agency, arrangement: qiheStaff.arrangement, n: count() })
    .from(qiheStaff)
    .where(eq(qiheStaff.active, true))
    .groupBy(qiheStaff.agency, qiheStaff.arrangement)
  return Agency.options.map((agency) => {
    const n = (arrangement: string) =>
      rows.find((row) => row.agency === agency && row.arrangement === arrangement)?.n ?? 0
    return { agency, resident: n('resident'), rotating: n('rotating'), onCall: n('on_call') }
  })
}

/** Active staff per agency, all arrangements together. */
export async function summariseStaff(db: Db): Promise<StaffSummary> {
  const agencies = await countStaffByAgency(db)
  const total = (agency: Agency) =>
    agencies
      .filter((row) => row.agency === agency)
      .reduce((sum, row) => sum + row.resident + row.rotating + row.onCall, 0)
  return {
    police: total('police'),
    procuratorate: total('procuratorate'),
    court: total('court'),
    justice_bureau: total('justice_bureau'),
  }
}
