import type { RouteHandler } from '@hono/zod-openapi'
import type { Finding, Inspection, KeyUnitDetail, KeyUnitSummary } from '@platform/contracts'
import { ApiError, conflict } from '@platform/server-kit'
import { and, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { keyUnit, keyUnitFinding, keyUnitInspection } from '../../db/schema'
import { newId } from '../../new-id'
import { shanghaiDay } from '../../rules/calendar'
import { fixRefusal, inspectionProblems } from '../../rules/inspection'
import { THREE_FIVES } from '../../three-fives'
import { communityInScope, mustCover } from '../in-scope'
import { invalidField, stationOfRequest } from '../place-scope'
import { commit, createOnce, createRow } from '../write'
import { findFinding, findUnit, listUnits, summarise, toFinding, toInspection, unitHistory } from './key-units.queries'
import type {
  createKeyUnitRoute,
  fixFindingRoute,
  inspectRoute,
  keyUnitRoute,
  listKeyUnitsRoute,
} from './key-units.routes'

export const getKeyUnits: RouteHandler<typeof listKeyUnitsRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const stationId = stationOfRequest(c.var.scope, query.station)
  const db = createDb(c.env)
  if (query.community) await communityInScope(db, c.var.scope, query.community)
  const units = await listUnits(db, stationId, query.community)
  return c.json({ stationId, checklist: [...THREE_FIVES], units }, 200)
}

export const createKeyUnit: RouteHandler<typeof createKeyUnitRoute, AppEnv> = async (c) => {
  const input = c.req.valid('json')
  const db = createDb(c.env)
  const place = await communityInScope(db, c.var.scope, input.communityId)
  const unit = await createRow(c, db, {
    action: 'keyunit.create',
    entity: 'key_unit',
    request: input,
    row: () => ({
      id: newId(),
      communityId: input.communityId,
      kind: input.kind,
      nameZh: input.name.zh,
      nameEn: input.name.en,
    }),
    insert: (row) => db.insert(keyUnit).values(row),
    // Not inspected yet.
    record: (row): KeyUnitSummary => ({
      id: row.id,
      communityId: row.communityId,
      communityName: { zh: place.nameZh, en: place.nameEn },
      kind: row.kind,
      name: input.name,
      lastInspection: null,
      itemsPassed: 0,
      checklistSize: THREE_FIVES.length,
      openFindings: 0,
    }),
  })
  return c.json(unit, 201)
}

export const getKeyUnit: RouteHandler<typeof keyUnitRoute, AppEnv> = async (c) => {
  const { unitId } = c.req.valid('param')
  const db = createDb(c.env)
  const unit = mustCover(c.var.scope, await findUnit(db, unitId), `Key unit ${unitId}`)
  const [[summary], history] = await Promise.all([summarise(db, [unit]), unitHistory(db, unitId)])
  const detail: KeyUnitDetail = {
    ...(summary as KeyUnitSummary),
    stationId: unit.stationId,
    checklist: [...THREE_FIVES],
    inspections: history.inspections.map((row) => toInspection(row, history.findings)),
    findings: history.findings.map(toFinding),
  }
  return c.json(detail, 200)
}

export const inspectKeyUnit: RouteHandler<typeof inspectRoute, AppEnv> = async (c) => {
  const { unitId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  mustCover(c.var.scope, await findUnit(db, unitId), `Key unit ${unitId}`)
  if (input.date > shanghaiDay(new Date()))
    throw invalidField('json', 'date', 'future_day', 'cannot record an inspection on a day to come')
  const problems = inspectionProblems(
    input.items,
    THREE_FIVES.map((i) => i.code),
  )
  if (problems.length > 0)
    throw new ApiError(400, 'VALIDATION_FAILED', 'Invalid json: items', { target: 'json', fields: problems })

  const answer = await createOnce(c, db, 'keyunit.inspect', { unitId, ...input }, async () => {
    const inspection = {
      id: newId(),
      keyUnitId: unitId,
      date: input.date,
      officerId: input.officerId ?? c.var.actor.scope.officerId ?? null,
      items: input.items.map(({ code, passed }) => ({ code, passed })),
      recordedBy: c.var.actor.userId,
    }
    const findings = input.items
      .filter((item) => !item.passed)
      .map((item) => ({
        id: newId(),
        keyUnitId: unitId,
        inspectionId: inspection.id,
        itemCode: item.code,
        description: item.finding as string,
        status: 'open' as const,
        foundOn: input.date,
        fixedOn: null,
        fixNote: null,
        fixedBy: null,
      }))
    const body: Inspection = toInspection(inspection, findings)
    return {
      statements: [
        db.insert(keyUnitInspection).values(inspection),
        ...(findings.length ? [db.insert(keyUnitFinding).values(findings)] : []),
      ],
      answer: { status: 201, body },
      audit: {
        action: 'keyunit.inspect',
        entity: 'key_unit_inspection',
        entityId: inspection.id,
        after: { ...inspection, findings: findings.map((f) => f.id) },
      },
    }
  })
  return c.json(answer.body as Inspection, 201)
}

export const fixFinding: RouteHandler<typeof fixFindingRoute, AppEnv> = async (c) => {
  const { findingId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  const finding = await findFinding(db, findingId)
  const unit = finding ? await findUnit(db, finding.keyUnitId) : null
  mustCover(c.var.scope, unit, `Finding ${findingId}`)
  const before = finding as NonNullable<typeof finding>
  const today = shanghaiDay(new Date())
  const day = input.date ?? today
  const refusal = fixRefusal(before, day, today)
  if (refusal === 'already_fixed')
    throw conflict('FINDING_ALREADY_FIXED', `Finding ${findingId} was fixed on ${before.fixedOn}`)
  if (refusal === 'future_day') throw invalidField('json', 'date', 'future_day', 'cannot fix on a day to come')
  if (refusal === 'before_found')
    throw invalidField('json', 'date', 'before_found', `cannot be before the day it was found (${before.foundOn})`)

  const after = { ...before, status: 'fixed' as const, fixedOn: day, fixNote: input.note, fixedBy: c.var.actor.userId }
  await commit(c, db, {
    statements: [
      db
        .update(keyUnitFinding)
        .set({ status: 'fixed', fixedOn: day, fixNote: input.note, fixedBy: c.var.actor.userId })
        .where(and(eq(keyUnitFinding.id, findingId), eq(keyUnitFinding.status, 'open'))),
    ],
    answer: { status: 200, body: null },
    audit: { action: 'keyunit.finding.fix', entity: 'key_unit_finding', entityId: findingId, before, after },
  })
  return c.json(toFinding(after) as Finding, 200)
}
