import { drizzle } from 'drizzle-orm/d1'
import * as schema from './schema'

/** Handlers reach the identity database through this, never through `drizzle()` directly. */
export const createDb = (env: Pick<Env, 'IDENTITY_DB'>) => drizzle(env.IDENTITY_DB, { schema })
export type Db = ReturnType<typeof createDb>

export { schema }
