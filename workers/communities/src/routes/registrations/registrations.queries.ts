import type { Registration } from '@platform/contracts'
import { and, asc, eq } from 'drizzle-orm'
import { COMMUNITIES_CONFIG } from '../../config'
import type { Db } from '../../db'
import { community, registration } from '../../db/schema'
import { registrationRates } from '../../rules/registration'

export type RegistrationRow = typeof registration.$inferSelect

export const toRegistration = (row: RegistrationRow): Registration => ({
  communityId: row.communityId,
  month: row.month,
  floatingKnown: row.floatingKnown,
  floatingRegistered: row.floatingRegistered,
  rentalKnown: row.rentalKnown,
  rentalRegistered: row.rentalRegistered,
  illegalRentalPenalties: row.illegalRentalPenalties,
  ...registrationRates(row, COMMUNITIES_CONFIG.registrationTarget),
})

export async function findCommunity(db: Db, communityId: string) {
  const [row] = await db.select().from(community).where(eq(community.id, communityId)).limit(1)
  return row ?? null
}

export const selectRegistration = (db: Db, communityId: string, month: string) =>
  db
    .select()
    .from(registration)
    .where(and(eq(registration.communityId, communityId), eq(registration.month, month)))
    .limit(1)

export const listRegistrations = (db: Db, communityId: string) =>
  db.select().from(registration).where(eq(registration.communityId, communityId)).orderBy(asc(registration.month))

/** A second writer of the same month loses on the primary key: told apart from other failures. */
export const isDuplicateMonth = (err: unknown) =>
  /UNIQUE constraint failed: registration\./i.test(String((err as Error)?.message ?? err))
