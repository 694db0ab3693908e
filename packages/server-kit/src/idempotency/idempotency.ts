import { seal, unseal } from '@platform/auth'
import { eq, lte } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import { ApiError } from '../api-error'
import { canonicalJson, sha256Hex } from '../audit/hash'
import { idempotentRequest as table } from './table'

export const IDEMPOTENCY_HEADER = 'Idempotency-Key'
const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000

export type StoredAnswer = { status: number; body: unknown }

export type IdempotencyOptions = {
  /** Who asks (actor id, or a fixed label for public callers) and what: keys are scoped to both. */
  caller: string
  operation: string
  key: string
  body: unknown
  /** Seal stored answers with this data key when they may hold personal data or secrets. */
  sealKey?: string
  ttlMs?: number
}

// biome-ignore lint/suspicious/noExplicitAny: works with any worker's schema
type Db = DrizzleD1Database<any>

export const isValidIdempotencyKey = (key: string) => /^[A-Za-z0-9._:-]{8,128}$/.test(key)

/**
 * `Idempotency-Key` for creating requests (architecture.md): a retry returns the first answer
 * and creates nothing; the same key with another body is refused (422). The key row is written
 * in the same batch as the change, and it is the primary key: of two concurrent first requests
 * only one batch commits; the other fails and `runIdempotent` answers it with the winner's answer.
 */
export async function runIdempotent(
  db: Db,
  options: IdempotencyOptions,
  create: (remember: (answer: StoredAnswer) => Promise<BatchItem<'sqlite'>[]>) => Promise<StoredAnswer>,
): Promise<StoredAnswer> {
  if (!isValidIdempotencyKey(options.key)) {
    throw new ApiError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 8–128 letters, digits or ._:-')
  }
  const keyHash = await sha256Hex(canonicalJson([options.caller, options.operation, options.key]))
  const requestHash = await sha256Hex(canonicalJson(options.body))

  const replay = async (): Promise<StoredAnswer | null> => {
    const [row] = await db.select().from(table).where(eq(table.key, keyHash)).limit(1)
    if (!row || Date.parse(row.expiresAt) <= Date.now()) return null
    if (row.requestHash !== requestHash) {
      throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request')
    }
    const text = options.sealKey ? await unseal(row.body, options.sealKey) : row.body
    return JSON.parse(text) as StoredAnswer
  }

  const earlier = await replay()
  if (earlier) return earlier

  const remember = async (answer: StoredAnswer): Promise<BatchItem<'sqlite'>[]> => {
    const now = new Date()
    const text = JSON.stringify(answer)
    return [
      // Housekeeping: answers past their time (and an expired one under this very key) go.
      db.delete(table).where(lte(table.expiresAt, now.toISOString())),
      db.insert(table).values({
        key: keyHash,
        requestHash,
        status: answer.status,
        body: options.sealKey ? await seal(text, options.sealKey) : text,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + (options.ttlMs ?? DEFAULT_TTL_MS)).toISOString(),
      }),
    ]
  }

  try {
    return await create(remember)
  } catch (err) {
    // A concurrent first request with the same key won the race: answer with its result.
    if (/UNIQUE constraint failed: idempotent_request\.key|idempotent_request/i.test(String((err as Error)?.message))) {
      const winner = await replay()
      if (winner) return winner
    }
    throw err
  }
}
