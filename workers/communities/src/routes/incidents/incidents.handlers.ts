import type { RouteHandler } from '@hono/zod-openapi'
import type { IncidentRecord } from '@platform/contracts'
import { conflict, notFound } from '@platform/server-kit'
import { and, asc, desc, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb, type Db } from '../../db'
import { incidentCount } from '../../db/schema'
import { isFutureMonth, shanghaiDay } from '../../rules/calendar'
import { communityInScope } from '../in-scope'
import { invalidField } from '../place-scope'
import { commit, createOnce } from '../write'
import type { createIncidentRoute, listIncidentsRoute, updateIncidentRoute } from './incidents.routes'

type Key = { communityId: string; month: string; type: IncidentRecord['type'] }

const selectOne = (db: Db, key: Key) =>
  db
    .select()
    .from(incidentCount)
    .where(
      and(
        eq(incidentCount.communityId, key.communityId),
        eq(incidentCount.month, key.month),
        eq(incidentCount.type, key.type),
      ),
    )
    .limit(1)
    .then((rows) => rows[0] ?? null)

const isDuplicate = (err: unknown) =>
  /UNIQUE constraint failed: incident_count\./i.test(String((err as Error)?.message ?? err))

export const listIncidents: RouteHandler<typeof listIncidentsRoute, AppEnv> = async (c) => {
  const { communityId } = c.req.valid('param')
  const db = createDb(c.env)
  await communityInScope(db, c.var.scope, communityId)
  const rows = await db
    .select()
    .from(incidentCount)
    .where(eq(incidentCount.communityId, communityId))
    .orderBy(desc(incidentCount.month), asc(incidentCount.type))
  return c.json({ communityId, incidents: rows }, 200)
}

export const createIncident: RouteHandler<typeof createIncidentRoute, AppEnv> = async (c) => {
  const { communityId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  await communityInScope(db, c.var.scope, communityId)
  if (isFutureMonth(input.month, shanghaiDay(new Date())))
    throw invalidField('json', 'month', 'future_month', 'cannot record a month that has not begun')
  const row = { communityId, ...input }
  const exists = () =>
    conflict(
      'INCIDENT_EXISTS',
      `Community ${communityId} already has ${input.type} for ${input.month}; correct it with PUT`,
      row,
    )
  try {
    const answer = await createOnce(c, db, 'incident.create', row, async () => {
      if (await selectOne(db, row)) throw exists()
      return {
        statements: [db.insert(incidentCount).values(row)],
        answer: { status: 201, body: row },
        audit: {
          action: 'incident.create',
          entity: 'incident_count',
          entityId: `${communityId}/${input.month}/${input.type}`,
          after: row,
        },
      }
    })
    return c.json(answer.body as IncidentRecord, 201)
  } catch (err) {
    if (isDuplicate(err)) throw exists()
    throw err
  }
}

export const updateIncident: RouteHandler<typeof updateIncidentRoute, AppEnv> = async (c) => {
  const key = c.req.valid('param')
  const { count } = c.req.valid('json')
  const db = createDb(c.env)
  await communityInScope(db, c.var.scope, key.communityId)
  const before = await selectOne(db, key)
  if (!before) throw notFound(`Incidents of ${key.type} in ${key.month} for community ${key.communityId}`)
  const after = { ...before, count }
  await commit(c, db, {
    statements: [
      db
        .update(incidentCount)
        .set({ count })
        .where(
          and(
            eq(incidentCount.communityId, key.communityId),
            eq(incidentCount.month, key.month),
            eq(incidentCount.type, key.type),
          ),
        ),
    ],
    answer: { status: 200, body: null },
    audit: {
      action: 'incident.update',
      entity: 'incident_count',
      entityId: `${key.communityId}/${key.month}/${key.type}`,
      before,
      after,
    },
  })
  return c.json(after, 200)
}
