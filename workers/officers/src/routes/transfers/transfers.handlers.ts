import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { ApiError, notFound, writeWithAudit } from '@platform/server-kit'
import { eq, inArray } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { BRANCH_RULES } from '../../config'
import { createDb } from '../../db'
import { gridResponsibility, groupMember, officer, transferRequest } from '../../db/schema'
import { newId } from '../../new-id'
import { localDate } from '../../rules/shanghai-time'
import { checkDestination, type Membership, planTransferMoves } from '../../rules/transfer-moves'
import { checkTransferCompletion, checkTransferRequest } from '../../rules/transfer-rules'
import { answerOnce, auditBy } from '../shared/answer-once'
import { findOfficerInScope } from '../shared/officer-in-scope'
import {
  findInPostSince,
  findTransfer,
  gridsAnsweredBy,
  listTransferRows,
  type TransferRow,
  toTransfer,
} from './transfers.queries'
import type {
  completeTransferRoute,
  decideTransferRoute,
  listTransfersRoute,
  requestTransferRoute,
} from './transfers.routes'

const today = () => localDate(Date.now())

export const requestTransfer: RouteHandler<typeof requestTransferRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const target = await findOfficerInScope(db, body.officerId, c.var.scope)
  // The replacement takes over the grid at the same station; another station's officer is unknown here.
  if (body.replacementOfficerId !== undefined) {
    const replacement = await findOfficerInScope(db, body.replacementOfficerId, c.var.scope)
    if (replacement.stationId !== target.stationId) throw notFound(`Officer ${body.replacementOfficerId}`)
  }
  const inPostSince = (await findInPostSince(db, target.id)) ?? today()
  const override = body.overrideReason === undefined ? undefined : { reason: body.overrideReason }
  const refusal =
    checkTransferRequest({ inPostSince }, { override }, today(), BRANCH_RULES) ??
    checkDestination(body.kind, target.stationId, body.toStationId)
  if (refusal) throw new ApiError(refusal.status, refusal.rule, refusal.message)
  return answerOnce(c, 'transfer.request', body, async (remember) => {
    const by = auditBy(c)
    const row: TransferRow = {
      id: newId(),
      officerId: target.id,
      stationId: target.stationId,
      kind: body.kind,
      reason: body.reason,
      replacementOfficerId: body.replacementOfficerId ?? null,
      overrideReason: body.overrideReason ?? null,
      status: 'requested',
      requestedBy: by.actorId,
      requestedAt: new Date().toISOString(),
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
      completedBy: null,
      completedAt: null,
      movedGrids: '[]',
      toStationId: body.toStationId ?? null,
    }
    const answer = { status: 201, body: toTransfer(row) }
    await writeWithAudit(db, [db.insert(transferRequest).values(row), ...(await remember(answer))], {
      ...by,
      action: 'transfer.request',
      entity: 'transfer_request',
      entityId: row.id,
      after: row,
    })
    return answer
  })
}

/** The request by id, if the actor's scope reaches its station (404 otherwise). */
async function transferInScope(c: Context<AppEnv>, id: string) {
  const row = await findTransfer(createDb(c.env), id)
  if (!row || !coversStation(c.var.scope, row.stationId)) throw notFound(`Transfer ${id}`)
  return row
}

export const decideTransfer: RouteHandler<typeof decideTransferRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const { decision, reason } = c.req.valid('json')
  const db = createDb(c.env)
  const before = await transferInScope(c, id)
  if (before.status !== 'requested') {
    throw new ApiError(409, 'RULE_TRANSFER_DECIDED', `The request is ${before.status} already`)
  }
  const by = auditBy(c)
  const decided = {
    status: decision === 'approve' ? ('approved' as const) : ('rejected' as const),
    decidedBy: by.actorId,
    decidedAt: new Date().toISOString(),
    decisionReason: reason,
  }
  const after: TransferRow = { ...before, ...decided }
  await writeWithAudit(db, [db.update(transferRequest).set(decided).where(eq(transferRequest.id, id))], {
    ...by,
    action: `transfer.${decision}`,
    entity: 'transfer_request',
    entityId: id,
    before,
    after,
  })
  return c.json(toTransfer(after), 200)
}

export const completeTransfer: RouteHandler<typeof completeTransferRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const db = createDb(c.env)
  const before = await transferInScope(c, id)
  if (before.status !== 'approved') {
    throw new ApiError(409, 'RULE_TRANSFER_NOT_APPROVED', 'Only a transfer the branch approved can complete')
  }
  // The named replacement counts only while still an officer of the same station.
  const replacementId =
    before.replacementOfficerId === null
      ? null
      : await findOfficerInScope(db, before.replacementOfficerId, c.var.scope)
          .then((r) => (r.stationId === before.stationId ? r.id : null))
          .catch(() => null)
  const grids = await gridsAnsweredBy(db, before.officerId)
  const refusal = checkTransferCompletion(
    before.officerId,
    grids.map((gridId) => ({
      gridId,
      officersInPost: replacementId ? [before.officerId, replacementId] : [before.officerId],
    })),
  )
  if (refusal) throw new ApiError(refusal.status, refusal.rule, refusal.message)
  const by = auditBy(c)
  const completed = {
    status: 'completed' as const,
    completedBy: by.actorId,
    completedAt: new Date().toISOString(),
    movedGrids: JSON.stringify(grids),
  }
  const after: TransferRow = { ...before, ...completed }
  const moves: BatchItem<'sqlite'>[] =
    replacementId && grids.length > 0
      ? [
          db
            .update(gridResponsibility)
            .set({ officerId: replacementId })
            .where(inArray(gridResponsibility.gridId, grids)),
        ]
      : []
  const memberships = await membershipsOf(db, [before.officerId, ...(replacementId ? [replacementId] : [])])
  const plan = planTransferMoves({
    kind: before.kind,
    leaving: {
      id: before.officerId,
      stationId: before.stationId,
      membership: memberships.get(before.officerId) ?? null,
    },
    replacement: replacementId ? { id: replacementId, membership: memberships.get(replacementId) ?? null } : null,
    toStationId: before.toStationId,
  })
  // The group places change in the same audited batch as the grids: nobody is left half-moved.
  if (plan.leaveGroup.length > 0)
    moves.push(db.delete(groupMember).where(inArray(groupMember.officerId, plan.leaveGroup)))
  if (plan.joinGroup) {
    const { officerId, groupId, role } = plan.joinGroup
    moves.push(
      db
        .insert(groupMember)
        .values({ officerId, groupId, role })
        .onConflictDoUpdate({ target: groupMember.officerId, set: { groupId, role } }),
    )
  }
  if (plan.moveTo) moves.push(db.update(officer).set(plan.moveTo).where(eq(officer.id, before.officerId)))
  await writeWithAudit(db, [db.update(transferRequest).set(completed).where(eq(transferRequest.id, id)), ...moves], {
    ...by,
    action: 'transfer.complete',
    entity: 'transfer_request',
    entityId: id,
    before,
    after: { ...after, groups: plan },
  })
  return c.json(toTransfer(after), 200)
}

/** The group places (group and A/B role) of some officers. */
async function membershipsOf(db: ReturnType<typeof createDb>, officerIds: string[]) {
  const rows = await db
    .select({ officerId: groupMember.officerId, groupId: groupMember.groupId, role: groupMember.role })
    .from(groupMember)
    .where(inArray(groupMember.officerId, officerIds))
  return new Map<string, Membership>(rows.map((row) => [row.officerId, { groupId: row.groupId, role: row.role }]))
}

export const listTransfers: RouteHandler<typeof listTransfersRoute, AppEnv> = async (c) => {
  const { station } = c.req.valid('query')
  const scope = c.var.scope
  const stationId = scope.level === 'branch' ? station : (station ?? scope.stationId)
  if (!coversStation(scope, stationId)) throw notFound(`Station ${station ?? ''}`.trim())
  const rows = await listTransferRows(createDb(c.env), stationId)
  return c.json({ transfers: rows.map(toTransfer) }, 200)
}
