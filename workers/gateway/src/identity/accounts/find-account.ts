import { eq } from 'drizzle-orm'
import { type Db, schema } from '../../db'
import type { AccountRow } from './account-view'

/** Usernames are stored lowercase; sign-in forgives case and surrounding spaces. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase()

export async function findAccountByUsername(db: Db, username: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(schema.account)
    .where(eq(schema.account.username, normaliseUsername(username)))
    .limit(1)
  return row
}

export async function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(schema.account).where(eq(schema.account.id, id)).limit(1)
  return row
}
