import type { RouteHandler } from '@hono/zod-openapi'
import { unseal } from '@platform/auth'
import { ruleBroken } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, max, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { LEDGER_PAGE_SIZE, WARN_HOURS_BEFORE_DUE } from '../../config'
import { createDb } from '../../db'
import { dispute, disputeAttachment, disputeEvent, disputeProgress } from '../../db/schema'
import { entryExtras, ledgerEntry } from '../../disputes/ledger-entry'
import { loadDispute } from '../../disputes/load-dispute'
import { newId } from '../../disputes/new-id'
import { unsealPersonal } from '../../disputes/personal-data'
import { triageDispute } from '../../disputes/triage-dispute'
import { holdsDispute } from '../../rules/holds'
import type { handoverRoute, ledgerRoute, revealRoute, triageRoute } from './ledger.routes'

const who = (c: Context<AppEnv>) => ({ actorId: c.var.actor.userId, requestId: c.get('requestId') })

export const listLedger: RouteHandler<typeof ledgerRoute, AppEnv> = async (c) => {
  const db = createDb(c.env)
  const scope = c.var.scope
  const now = new Date()
  const filters: SQL[] = []
  if (scope.level === 'own') filters.push(eq(dispute.holderOfficerId, scope.officerId ?? '-'))
  else if (scope.level !== 'branch') filters.push(eq(dispute.stationId, scope.stationId ?? '-'))
  const query = c.req.valid('query')
  // A paused dispute's clock stands still: it is neither overdue nor due soon.
  if (query.overdue === 'true' || query.dueSoon === 'true')
    filters.push(isNull(dispute.pausedAt), isNotNull(dispute.dueAt))
  if (query.overdue === 'true') filters.push(lt(dispute.dueAt, now.toISOString()))
  if (query.dueSoon === 'true') {
    const warnUntil = new Date(now.getTime() + WARN_HOURS_BEFORE_DUE * 3_600_000).toISOString()
    filters.push(gte(dispute.dueAt, now.toISOString()), lte(dispute.dueAt, warnUntil))
  }
  const page = <T extends { where: (w: SQL | undefined) => T }>(query: T) => query.where(and(...filters))
  const original = alias(dispute, 'original')
  const joined = await page(
    db
      .select({ row: dispute, duplicateReference: original.reference })
      .from(dispute)
      .leftJoin(original, eq(original.id, dispute.possibleDuplicateOf))
      .$dynamic(),
  )
    .orderBy(desc(dispute.receivedAt), desc(dispute.id))
    .limit(LEDGER_PAGE_SIZE)
  // Counted with a subquery of the same page: D1 binds at most 100 parameters, a list of ids could exceed it.
  const pageIds = page(db.select({ id: dispute.id }).from(dispute).$dynamic())
    .orderBy(desc(dispute.receivedAt), desc(dispute.id))
    .limit(LEDGER_PAGE_SIZE)
  const counts = joined.length
    ? await db
        .select({ disputeId: disputeAttachment.disputeId, n: count() })
        .from(disputeAttachment)
        .where(inArray(disputeAttachment.disputeId, pageIds))
        .groupBy(disputeAttachment.disputeId)
    : []
  const attachmentsOf = (id: string) => counts.find((row) => row.disputeId === id)?.n ?? 0
  const progress = joined.length
    ? await db
        .select({ disputeId: disputeProgress.disputeId, last: max(disputeProgress.at) })
        .from(disputeProgress)
        .where(inArray(disputeProgress.disputeId, pageIds))
        .groupBy(disputeProgress.disputeId)
    : []
  const lastProgressOf = (id: string) => progress.find((row) => row.disputeId === id)?.last ?? null
  const disputes = await Promise.all(
    joined.map(({ row, duplicateReference }) =>
      ledgerEntry(row, c.env.DISPUTES_DATA_KEY, now, {
        attachments: attachmentsOf(row.id),
        duplicateReference,
        lastProgressAt: lastProgressOf(row.id),
      }),
    ),
  )
  return c.json({ disputes }, 200)
}

export const postTriage: RouteHandler<typeof triageRoute, AppEnv> = async (c) => {
  const db = createDb(c.env)
  const row = await loadDispute(db, c.req.valid('param').id, c.var.scope)
  const after = await triageDispute(db, c.env, row, c.req.valid('json'), who(c))
  return c.json(await ledgerEntry(after, c.env.DISPUTES_DATA_KEY, new Date(), await entryExtras(db, after)), 200)
}

export const postHandover: RouteHandler<typeof handoverRoute, AppEnv> = async (c) => {
  const db = createDb(c.env)
  const row = await loadDispute(db, c.req.valid('param').id, c.var.scope)
  if (row.state !== 'referral_pending') {
    throw ruleBroken('RULE_NO_HANDOVER_PENDING', 'The dispute is not waiting for a hand-over')
  }
  const at = new Date().toISOString()
  const change = {
    state: 'referred' as const,
    holderRole: 'referred' as const,
    referralTheirReference: c.req.valid('json').theirReference,
    nextKind: 'none' as const,
    dueAt: null,
    updatedAt: at,
  }
  await writeWithAudit(
    db,
    [
      db.update(dispute).set(change).where(eq(dispute.id, row.id)),
      db.insert(disputeEvent).values({
        id: newId(),
        disputeId: row.id,
        at,
        kind: 'handed_over',
        holderRole: 'referred',
        holderUnitZh: row.holderUnitZh,
        holderUnitEn: row.holderUnitEn,
      }),
    ],
    {
      ...who(c),
      action: 'dispute.handover',
      entity: 'dispute',
      entityId: row.id,
      before: { state: row.state },
      after: { state: change.state },
    },
  )
  const after = { ...row, ...change }
  return c.json(await ledgerEntry(after, c.env.DISPUTES_DATA_KEY, new Date(), await entryExtras(db, after)), 200)
}

export const postReveal: RouteHandler<typeof revealRoute, AppEnv> = async (c) => {
  const db = createDb(c.env)
  const row = await loadDispute(db, c.req.valid('param').id, c.var.scope)
  if (!holdsDispute(c.var.actor, row)) {
    throw ruleBroken('RULE_HOLDER_ONLY', 'Only whoever holds the dispute sees its parties in full')
  }
  const personal = await unsealPersonal(row.personalSealed, c.env.DISPUTES_DATA_KEY, row.id)
  // Every full view is on the record, before anything is shown.
  await writeWithAudit(db, [], {
    ...who(c),
    action: 'dispute.parties.revealed',
    entity: 'dispute',
    entityId: row.id,
  })
  const entries = await db
    .select()
    .from(disputeProgress)
    .where(eq(disputeProgress.disputeId, row.id))
    .orderBy(asc(disputeProgress.at))
  const progress = await Promise.all(
    entries.map(async (entry) => ({
      at: entry.at,
      note: await unseal(entry.noteSealed, c.env.DISPUTES_DATA_KEY, entry.id),
    })),
  )
  return c.json({ id: row.id, reference: row.reference, ...personal, progress }, 200)
}
