import { and, eq, isNull, lt, ne, or } from 'drizzle-orm'
import { type Db, schema } from '../../db'
import type { AccountRow } from '../accounts/account-view'
import type { SessionStage } from './session-rules'

const { session, account } = schema

export type SessionRow = typeof session.$inferSelect

export async function findSessionWithAccount(
  db: Db,
  tokenHash: string,
): Promise<{ session: SessionRow; account: AccountRow } | undefined> {
  const [row] = await db
    .select({ session, account })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .where(eq(session.tokenHash, tokenHash))
    .limit(1)
  return row
}

export const insertSession = (
  db: Db,
  row: {
    tokenHash: string
    accountId: string
    stage: SessionStage
    createdAt: string
    lastSeenAt: string
    expiresAt: string
  },
) => db.insert(session).values(row)

export const touchSession = (db: Db, tokenHash: string, now: Date) =>
  db.update(session).set({ lastSeenAt: now.toISOString() }).where(eq(session.tokenHash, tokenHash))

export const revokeSession = (db: Db, tokenHash: string, now: Date) =>
  db
    .update(session)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(session.tokenHash, tokenHash), isNull(session.revokedAt)))

/** Every live session of an account (disable, reset, password change), optionally but one. */
export const revokeAccountSessions = (db: Db, accountId: string, now: Date, except?: string) =>
  db
    .update(session)
    .set({ revokedAt: now.toISOString() })
    .where(
      and(
        eq(session.accountId, accountId),
        isNull(session.revokedAt),
        except ? ne(session.tokenHash, except) : undefined,
      ),
    )

/**
 * Housekeeping at each sign-in: the account's sessions that can never count again (past their
 * absolute end, or revoked) are removed, so the table stays the size of the live ones.
 */
export const deleteEndedSessions = (db: Db, accountId: string, now: Date) =>
  db
    .delete(session)
    .where(
      and(
        eq(session.accountId, accountId),
        or(lt(session.expiresAt, now.toISOString()), lt(session.revokedAt, now.toISOString())),
      ),
    )
