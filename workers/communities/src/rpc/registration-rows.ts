import type { CommunityRegistrationRow, RegistrationPeriod } from '@platform/contracts'
import { Id, Month } from '@platform/contracts'
import { and, asc, between, eq } from 'drizzle-orm'
import type { Db } from '../db'
import { community, gridCommunity, registration } from '../db/schema'

/**
 * Monthly registration counts per community, with the station and grid it belongs to, for the
 * months `fromMonth`…`toMonth` (both included). Other workers score officers and stations from
 * these rows instead of keeping their own copy. A malformed period is a caller's bug: it throws.
 */
export async function registrationRows(db: Db, period: RegistrationPeriod): Promise<CommunityRegistrationRow[]> {
  const fromMonth = Month.parse(period.fromMonth)
  const toMonth = Month.parse(period.toMonth)
  const stationId = period.stationId === undefined ? undefined : Id.parse(period.stationId)
  if (toMonth < fromMonth) return []
  return db
    .select({
      communityId: registration.communityId,
      stationId: community.stationId,
      gridId: gridCommunity.gridId,
      month: registration.month,
      floatingKnown: registration.floatingKnown,
      floatingRegistered: registration.floatingRegistered,
      rentalKnown: registration.rentalKnown,
      rentalRegistered: registration.rentalRegistered,
    })
    .from(registration)
    .innerJoin(community, eq(community.id, registration.communityId))
    .leftJoin(gridCommunity, eq(gridCommunity.communityId, registration.communityId))
    .where(
      and(between(registration.month, fromMonth, toMonth), stationId ? eq(community.stationId, stationId) : undefined),
    )
    .orderBy(asc(registration.month), asc(registration.communityId))
}
