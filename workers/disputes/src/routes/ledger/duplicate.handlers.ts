import type { RouteHandler } from '@hono/zod-openapi'
import { seal } from '@platform/auth'
import { ruleBroken } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { and, eq, isNull } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { dispute } from '../../db/schema'
import { entryExtras, ledgerEntry } from '../../disputes/ledger-entry'
import { loadDispute } from '../../disputes/load-dispute'
import { checkDuplicateDecision, duplicateReasonAad } from '../../rules/duplicate-link'
import type { duplicateRoute } from './duplicate.routes'

export const postDuplicate: RouteHandler<typeof duplicateRoute, AppEnv> = async (c) => {
  const db = createDb(c.env)
  const row = await loadDispute(db, c.req.valid('param').id, c.var.scope)
  const refusal = checkDuplicateDecision(row)
  if (refusal) throw ruleBroken(refusal.code, refusal.message)
  const { decision, reason } = c.req.valid('json')
  const at = new Date().toISOString()
  const change = {
    duplicateDecision: decision,
    duplicateDecidedAt: at,
    duplicateDecidedBy: c.var.actor.userId,
    duplicateReasonSealed: await seal(reason, c.env.DISPUTES_DATA_KEY, duplicateReasonAad(row.id)),
    updatedAt: at,
  }
  // Only while undecided: of two decisions at once, the second changes nothing and is refused.
  const [updated] = await writeWithAudit(
    db,
    [
      db
        .update(dispute)
        .set(change)
        .where(and(eq(dispute.id, row.id), isNull(dispute.duplicateDecision)))
        .returning({ id: dispute.id }),
    ],
    {
      actorId: c.var.actor.userId,
      requestId: c.get('requestId'),
      action: `dispute.duplicate.${decision}`,
      entity: 'dispute',
      entityId: row.id,
      after: { decision, with: row.possibleDuplicateOf },
    },
  )
  if (Array.isArray(updated) && updated.length === 0) {
    throw ruleBroken('RULE_DUPLICATE_DECIDED', 'The duplicate flag was decided already')
  }
  const after = { ...row, ...change }
  return c.json(await ledgerEntry(after, c.env.DISPUTES_DATA_KEY, new Date(), await entryExtras(db, after)), 200)
}
