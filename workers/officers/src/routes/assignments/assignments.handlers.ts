import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import type { Assignment, RefusedAssignment } from '@platform/contracts'
import { errorBody, notFound, writeWithAudit } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { stationRules } from '../../config'
import { createDb } from '../../db'
import { assignment, refusedAssignment } from '../../db/schema'
import { newId } from '../../new-id'
import { checkAssignment } from '../../rules/assignment-rules'
import { localDate } from '../../rules/shanghai-time'
import { answerOnce, auditBy } from '../shared/answer-once'
import { findOfficerInScope, findStationConfig } from '../shared/officer-in-scope'
import { exceptionsOfOfficer, listStationAssignments } from './assignments.queries'
import type { createAssignmentRoute, listAssignmentsRoute } from './assignments.routes'

export const createAssignment: RouteHandler<typeof createAssignmentRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const target = await findOfficerInScope(db, body.officerId, c.var.scope)
  return answerOnce(c, 'assignment.create', body, async (remember) => {
    const [exceptions, config] = await Promise.all([
      exceptionsOfOfficer(db, target.id),
      findStationConfig(db, target.stationId),
    ])
    const verdict = checkAssignment(target, body, exceptions, stationRules(config), localDate(Date.now()))
    const now = new Date().toISOString()
    const by = auditBy(c)
    const when = { start: body.start, end: body.end }

    if (!verdict.allowed) {
      // The refusal is a state change: stored, audited, and answered 422 with the rule's code.
      const refused: RefusedAssignment = {
        id: newId(),
        officerId: target.id,
        stationId: target.stationId,
        kind: body.kind,
        ...when,
        rule: verdict.rule,
        attemptedBy: by.actorId,
        attemptedAt: now,
      }
      const answer = {
        status: 422,
        body: errorBody(verdict.rule, verdict.message, {
          refusalId: refused.id,
          officerId: target.id,
          kind: body.kind,
        }),
      }
      await writeWithAudit(db, [db.insert(refusedAssignment).values(refused), ...(await remember(answer))], {
        ...by,
        action: 'assignment.refused',
        entity: 'refused_assignment',
        entityId: refused.id,
        after: refused,
      })
      return answer
    }

    const made: Assignment = {
      id: newId(),
      officerId: target.id,
      stationId: target.stationId,
      kind: body.kind,
      ...when,
      reason: body.reason ?? null,
      exceptionId: verdict.exceptionId,
      caseLevel: body.caseLevel ?? null,
      caseQuota: body.caseQuota ?? null,
      createdBy: by.actorId,
      createdAt: now,
    }
    const answer = { status: 201, body: made }
    await writeWithAudit(db, [db.insert(assignment).values(made), ...(await remember(answer))], {
      ...by,
      action: 'assignment.create',
      entity: 'assignment',
      entityId: made.id,
      after: made,
    })
    return answer
  })
}

export const listAssignments: RouteHandler<typeof listAssignmentsRoute, AppEnv> = async (c) => {
  const { station } = c.req.valid('query')
  const scope = c.var.scope
  const stationId = scope.level === 'branch' ? station : (station ?? scope.stationId)
  if (!coversStation(scope, stationId)) throw notFound(`Station ${station ?? ''}`.trim())
  return c.json(await listStationAssignments(createDb(c.env), stationId), 200)
}
