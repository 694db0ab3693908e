import type { RouteHandler } from '@hono/zod-openapi'
import { seal } from '@platform/auth'
import { ruleBroken } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { disputeDeadlines, FOLLOW_UP } from '../../config'
import { createDb } from '../../db'
import { type DisputeRow, dispute, disputeEvent, disputeProgress } from '../../db/schema'
import { agreementAad } from '../../disputes/agreement'
import { entryExtras, ledgerEntry } from '../../disputes/ledger-entry'
import { loadDispute } from '../../disputes/load-dispute'
import { newId } from '../../disputes/new-id'
import { deadlineFor } from '../../rules/deadlines'
import {
  checkClose,
  checkPause,
  checkReopen,
  checkResume,
  checkReturnVisit,
  dueAfterPause,
  type Refusal,
} from '../../rules/handling'
import { holdsDispute } from '../../rules/holds'
import type {
  closeRoute,
  pauseRoute,
  progressRoute,
  reopenRoute,
  resumeRoute,
  returnVisitRoute,
} from './handling.routes'

const DAY = 24 * 60 * 60 * 1000

type Change = Partial<Omit<DisputeRow, 'id'>>
type Kind = 'paused' | 'resumed' | 'closed' | 'return_visit' | 'reopened'

/**
 * Loads the dispute in scope, checks that the actor holds it and that the rule allows the step,
 * then stores the change, a timeline entry (with its reason or outcome as a code) and the audit
 * row in one batch. Answers the ledger entry after the change.
 */
async function handle(
  c: Context<AppEnv>,
  id: string,
  step: {
    kind: Kind
    check: (row: DisputeRow) => Refusal | null
    change: (row: DisputeRow, at: Date) => Change
    detail: string | null
  },
) {
  const db = createDb(c.env)
  const row = await loadDispute(db, id, c.var.scope)
  if (!holdsDispute(c.var.actor, row)) {
    throw ruleBroken('RULE_HOLDER_ONLY', 'Only whoever holds the dispute pauses, resumes or closes it')
  }
  const refusal = step.check(row)
  if (refusal) throw ruleBroken(refusal.code, refusal.message)
  const now = new Date()
  const change = { ...step.change(row, now), updatedAt: now.toISOString() }
  await writeWithAudit(
    db,
    [
      db.update(dispute).set(change).where(eq(dispute.id, row.id)),
      db.insert(disputeEvent).values({
        id: newId(now.getTime()),
        disputeId: row.id,
        at: now.toISOString(),
        kind: step.kind,
        detail: step.detail,
        holderRole: row.holderRole,
        holderUnitZh: row.holderUnitZh,
        holderUnitEn: row.holderUnitEn,
      }),
    ],
    {
      actorId: c.var.actor.userId,
      requestId: c.get('requestId'),
      action: `dispute.${step.kind}`,
      entity: 'dispute',
      entityId: row.id,
      before: { state: row.state, pausedAt: row.pausedAt, dueAt: row.dueAt },
      after: {
        state: change.state ?? row.state,
        pausedAt: change.pausedAt ?? row.pausedAt,
        dueAt: change.dueAt ?? row.dueAt,
      },
    },
  )
  const after = { ...row, ...change }
  return c.json(await ledgerEntry(after, c.env.DISPUTES_DATA_KEY, now, await entryExtras(db, after)), 200)
}

export const postPause: RouteHandler<typeof pauseRoute, AppEnv> = (c) => {
  const { reason } = c.req.valid('json')
  return handle(c, c.req.valid('param').id, {
    kind: 'paused',
    check: checkPause,
    change: (_, at) => ({ pausedAt: at.toISOString(), pauseReason: reason }),
    detail: reason,
  })
}

export const postResume: RouteHandler<typeof resumeRoute, AppEnv> = (c) =>
  handle(c, c.req.valid('param').id, {
    kind: 'resumed',
    check: checkResume,
    change: (row, at) => ({
      pausedAt: null,
      pauseReason: null,
      dueAt: row.pausedAt ? dueAfterPause(row.dueAt, row.pausedAt, at) : row.dueAt,
    }),
    detail: null,
  })

export const postClose: RouteHandler<typeof closeRoute, AppEnv> = async (c) => {
  const { outcome, agreementTerms } = c.req.valid('json')
  const { id } = c.req.valid('param')
  // The agreed terms may name people: sealed, bound to this dispute and this use.
  const agreementSealed =
    outcome === 'agreement' && agreementTerms
      ? await seal(agreementTerms, c.env.DISPUTES_DATA_KEY, agreementAad(id))
      : null
  return handle(c, id, {
    kind: 'closed',
    check: checkClose,
    change: (_, at) => ({
      state: 'closed',
      outcome,
      closedAt: at.toISOString(),
      agreementSealed,
      pausedAt: null,
      pauseReason: null,
      // After an agreement comes protection (防护): a return visit to see that it holds.
      ...(outcome === 'agreement'
        ? {
            step: 'protection' as const,
            nextKind: 'return_visit' as const,
            dueAt: new Date(at.getTime() + FOLLOW_UP.returnVisitDays * DAY).toISOString(),
          }
        : { nextKind: 'none' as const, dueAt: null }),
    }),
    detail: outcome,
  })
}

export const postReturnVisit: RouteHandler<typeof returnVisitRoute, AppEnv> = (c) => {
  const { agreementHolds } = c.req.valid('json')
  return handle(c, c.req.valid('param').id, {
    kind: 'return_visit',
    check: checkReturnVisit,
    change: (_, at) => ({ returnVisitAt: at.toISOString(), nextKind: 'none', dueAt: null }),
    detail: agreementHolds ? 'agreement_holds' : 'agreement_broken',
  })
}

export const postReopen: RouteHandler<typeof reopenRoute, AppEnv> = (c) =>
  handle(c, c.req.valid('param').id, {
    kind: 'reopened',
    check: (row) => checkReopen(row, new Date(), FOLLOW_UP.reopenWithinDays),
    change: (row, at) => ({
      state: 'assigned',
      step: 'mediation',
      outcome: null,
      closedAt: null,
      nextKind: 'resolve',
      dueAt: deadlineFor(row.complexity === 'complex' ? 'complex' : 'simple', at, disputeDeadlines).toISOString(),
    }),
    detail: null,
  })

/**
 * A weekly progress entry: the note is sealed (it may name people) and stays internal. No
 * timeline entry: the citizen's page shows no internal note.
 */
export const postProgress: RouteHandler<typeof progressRoute, AppEnv> = async (c) => {
  const db = createDb(c.env)
  const row = await loadDispute(db, c.req.valid('param').id, c.var.scope)
  if (!holdsDispute(c.var.actor, row)) {
    throw ruleBroken('RULE_HOLDER_ONLY', 'Only whoever holds the dispute reports its progress')
  }
  const refusal = checkClose(row)
  if (refusal) throw ruleBroken(refusal.code, refusal.message)
  const now = new Date()
  const id = newId(now.getTime())
  await writeWithAudit(
    db,
    [
      db.insert(disputeProgress).values({
        id,
        disputeId: row.id,
        at: now.toISOString(),
        actorId: c.var.actor.userId,
        noteSealed: await seal(c.req.valid('json').note, c.env.DISPUTES_DATA_KEY, id),
      }),
    ],
    {
      actorId: c.var.actor.userId,
      requestId: c.get('requestId'),
      action: 'dispute.progress',
      entity: 'dispute',
      entityId: row.id,
    },
  )
  return c.json(await ledgerEntry(row, c.env.DISPUTES_DATA_KEY, now, await entryExtras(db, row)), 200)
}
