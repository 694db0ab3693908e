import type { RouteHandler } from '@hono/zod-openapi'
import { ruleBroken } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { agreementOf } from '../../disputes/agreement'
import { loadDispute } from '../../disputes/load-dispute'
import { checkAgreement } from '../../rules/agreement'
import { holdsDispute } from '../../rules/holds'
import type { agreementRoute } from './agreement.routes'

export const postAgreement: RouteHandler<typeof agreementRoute, AppEnv> = async (c) => {
  const db = createDb(c.env)
  const row = await loadDispute(db, c.req.valid('param').id, c.var.scope)
  if (!holdsDispute(c.var.actor, row)) {
    throw ruleBroken('RULE_HOLDER_ONLY', 'Only whoever holds the dispute prints its agreement')
  }
  const refusal = checkAgreement(row)
  if (refusal) throw ruleBroken(refusal.code, refusal.message)
  const agreement = await agreementOf(row, c.env.DISPUTES_DATA_KEY)
  // The agreement shows the parties in full: on the record before anything is shown.
  await writeWithAudit(db, [], {
    actorId: c.var.actor.userId,
    requestId: c.get('requestId'),
    action: 'dispute.agreement.viewed',
    entity: 'dispute',
    entityId: row.id,
  })
  c.header('Cache-Control', 'no-store')
  return c.json(agreement, 200)
}
