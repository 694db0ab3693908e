import { IDEMPOTENCY_HEADER, runIdempotent, type StoredAnswer } from '@platform/server-kit'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'

export type Remember = (answer: StoredAnswer) => Promise<BatchItem<'sqlite'>[]>

/**
 * Runs a creating request once per `Idempotency-Key` (when the client sends one): a retry gets
 * the first answer, refusals included, and nothing is written twice. `create` puts the statements
 * `remember` returns into the same batch as its change.
 */
export async function answerOnce(
  c: Context<AppEnv>,
  operation: string,
  body: unknown,
  create: (remember: Remember) => Promise<StoredAnswer>,
) {
  const key = c.req.header(IDEMPOTENCY_HEADER)
  const answer =
    key === undefined
      ? await create(async () => [])
      : await runIdempotent(createDb(c.env), { caller: c.var.actor.userId, operation, key, body }, create)
  // The stored answer is one of the route's declared answers; its type is lost in storage.
  return c.json(answer.body as object, answer.status as ContentfulStatusCode) as never
}

/** What every audit row of a request repeats: who and which request. */
export const auditBy = (c: Context<AppEnv>) => ({ actorId: c.var.actor.userId, requestId: c.get('requestId') })
