import { drizzle } from 'drizzle-orm/d1'
import * as schema from './schema'

/** Handlers and RPC methods reach the database through this, never through `drizzle()` directly. */
export const createDb = (env: Pick<Env, 'DB'>) => drizzle(env.DB, { schema })
export type Db = ReturnType<typeof createDb>

export { schema }
