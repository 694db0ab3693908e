import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { ApiError, notFound, writeWithAudit } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { stationRules } from '../../config'
import { createDb } from '../../db'
import { dutyException } from '../../db/schema'
import { newId } from '../../new-id'
import { checkCosign, checkDecision } from '../../rules/exception-rules'
import { localDate } from '../../rules/shanghai-time'
import { answerOnce, auditBy } from '../shared/answer-once'
import { findOfficerInScope, findStationConfig } from '../shared/officer-in-scope'
import { type ExceptionRow, findException, listExceptions, signersOf, toDutyException } from './exceptions.queries'
import type {
  cosignExceptionRoute,
  decideExceptionRoute,
  listExceptionsRoute,
  requestExceptionRoute,
} from './exceptions.routes'

const today = () => localDate(Date.now())

export const requestException: RouteHandler<typeof requestExceptionRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const target = await findOfficerInScope(db, body.officerId, c.var.scope)
  return answerOnce(c, 'duty_exception.request', body, async (remember) => {
    const rules = stationRules(await findStationConfig(db, target.stationId))
    const by = auditBy(c)
    const row: ExceptionRow = {
      id: newId(),
      officerId: target.id,
      stationId: target.stationId,
      reason: body.reason,
      startDate: body.startDate,
      endDate: body.endDate,
      expiresOn: body.expiresOn,
      status: 'requested',
      requestedBy: JSON.stringify([by.actorId]),
      headsRequired: rules.exceptionHeads,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      createdAt: new Date().toISOString(),
    }
    const answer = { status: 201, body: toDutyException(row, today()) }
    await writeWithAudit(db, [db.insert(dutyException).values(row), ...(await remember(answer))], {
      ...by,
      action: 'duty_exception.request',
      entity: 'duty_exception',
      entityId: row.id,
      after: row,
    })
    return answer
  })
}

/** The request by id, if the actor's scope reaches its station (404 otherwise). */
async function exceptionInScope(c: Parameters<RouteHandler<typeof cosignExceptionRoute, AppEnv>>[0], id: string) {
  const row = await findException(createDb(c.env), id)
  if (!row || !coversStation(c.var.scope, row.stationId)) throw notFound(`Duty exception ${id}`)
  return row
}

export const cosignException: RouteHandler<typeof cosignExceptionRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const db = createDb(c.env)
  const before = await exceptionInScope(c, id)
  const by = auditBy(c)
  const signers = signersOf(before)
  const refusal = checkCosign({ ...before, requestedBy: signers }, by.actorId)
  if (refusal) throw new ApiError(refusal.status, refusal.rule, refusal.message)
  const after: ExceptionRow = { ...before, requestedBy: JSON.stringify([...signers, by.actorId]) }
  await writeWithAudit(
    db,
    [db.update(dutyException).set({ requestedBy: after.requestedBy }).where(eq(dutyException.id, id))],
    { ...by, action: 'duty_exception.cosign', entity: 'duty_exception', entityId: id, before, after },
  )
  return c.json(toDutyException(after, today()), 200)
}

export const decideException: RouteHandler<typeof decideExceptionRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const { decision, note } = c.req.valid('json')
  const db = createDb(c.env)
  const before = await exceptionInScope(c, id)
  const refusal = checkDecision({ ...before, requestedBy: signersOf(before) }, decision)
  if (refusal) throw new ApiError(refusal.status, refusal.rule, refusal.message)
  const by = auditBy(c)
  const decided = {
    status: decision === 'approve' ? ('approved' as const) : ('rejected' as const),
    decidedBy: by.actorId,
    decidedAt: new Date().toISOString(),
    decisionNote: note ?? null,
  }
  const after: ExceptionRow = { ...before, ...decided }
  await writeWithAudit(db, [db.update(dutyException).set(decided).where(eq(dutyException.id, id))], {
    ...by,
    action: `duty_exception.${decision}`,
    entity: 'duty_exception',
    entityId: id,
    before,
    after,
  })
  return c.json(toDutyException(after, today()), 200)
}

export const listDutyExceptions: RouteHandler<typeof listExceptionsRoute, AppEnv> = async (c) => {
  const { station, status } = c.req.valid('query')
  const scope = c.var.scope
  const stationId = scope.level === 'branch' ? station : (station ?? scope.stationId)
  if (!coversStation(scope, stationId)) throw notFound(`Station ${station ?? ''}`.trim())
  const day = today()
  const rows = await listExceptions(createDb(c.env), { stationId })
  const exceptions = rows.map((row) => toDutyException(row, day))
  return c.json({ exceptions: status ? exceptions.filter((e) => e.status === status) : exceptions }, 200)
}
