import { seal, unseal } from '@platform/auth'
import { canonicalJson, sha256Hex } from '@platform/server-kit/audit'
import { eq, lte } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb, schema } from '../../db'

const { idempotentRequest: table } = schema

export type StoredAnswer = { status: number; body: unknown }

export type Idempotency = {
  /** The first answer to this key, `'reused'` when the key came with another body, or null. */
  replay(): Promise<StoredAnswer | 'reused' | null>
  /** Statements that keep the answer (sealed) in the same batch as the change it answers. */
  remember(answer: StoredAnswer): Promise<BatchItem<'sqlite'>[]>
}

/**
 * `Idempotency-Key` for creating requests (architecture.md): the key is scoped to the caller and
 * the operation, the body's hash guards against reusing a key for something else, and the answer
 * is sealed with the identity data key because it may hold a one-time password.
 */
export async function idempotency(
  c: Context<AppEnv>,
  { actorId, operation, key, body }: { actorId: string; operation: string; key: string; body: unknown },
): Promise<Idempotency> {
  const db = createDb(c.env)
  const keyHash = await sha256Hex(canonicalJson([actorId, operation, key]))
  const requestHash = await sha256Hex(canonicalJson(body))
  return {
    async replay() {
      const [row] = await db.select().from(table).where(eq(table.key, keyHash)).limit(1)
      if (!row || Date.parse(row.expiresAt) <= Date.now()) return null
      if (row.requestHash !== requestHash) return 'reused'
      return JSON.parse(await unseal(row.bodySealed, c.env.IDENTITY_DATA_KEY)) as StoredAnswer
    },
    async remember(answer) {
      const now = new Date()
      const expiresAt = new Date(now.getTime() + c.get('identityConfig').idempotencyTtlMs).toISOString()
      return [
        // Housekeeping: answers past their time (and an expired one under this very key) go.
        db.delete(table).where(lte(table.expiresAt, now.toISOString())),
        db.insert(table).values({
          key: keyHash,
          requestHash,
          status: answer.status,
          bodySealed: await seal(JSON.stringify(answer), c.env.IDENTITY_DATA_KEY),
          createdAt: now.toISOString(),
          expiresAt,
        }),
      ]
    },
  }
}
