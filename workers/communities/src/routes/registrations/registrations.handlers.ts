import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import type { Registration } from '@platform/contracts'
import { conflict, notFound, writeWithAudit } from '@platform/server-kit'
import { and, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb, type Db } from '../../db'
import { registration } from '../../db/schema'
import { isFutureMonth, shanghaiDay } from '../../rules/calendar'
import { invalidField } from '../place-scope'
import { createOnce } from '../write'
import {
  findCommunity,
  isDuplicateMonth,
  listRegistrations,
  selectRegistration,
  toRegistration,
} from './registrations.queries'
import type { createRegistrationRoute, listRegistrationsRoute, updateRegistrationRoute } from './registrations.routes'

/** The community, when it exists inside the actor's station; otherwise 404 either way (no existence leak). */
async function communityInScope(db: Db, scope: AppEnv['Variables']['scope'], communityId: string) {
  const found = await findCommunity(db, communityId)
  if (!found || !coversStation(scope, found.stationId)) throw notFound(`Community ${communityId}`)
  return found
}

export const getRegistrations: RouteHandler<typeof listRegistrationsRoute, AppEnv> = async (c) => {
  const { communityId } = c.req.valid('param')
  const db = createDb(c.env)
  const found = await communityInScope(db, c.var.scope, communityId)
  const rows = await listRegistrations(db, communityId)
  return c.json(
    {
      community: {
        id: found.id,
        stationId: found.stationId,
        name: { zh: found.nameZh, en: found.nameEn },
        housingType: found.housingType,
      },
      registrations: rows.map(toRegistration),
    },
    200,
  )
}

export const createRegistration: RouteHandler<typeof createRegistrationRoute, AppEnv> = async (c) => {
  const { communityId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  await communityInScope(db, c.var.scope, communityId)
  if (isFutureMonth(input.month, shanghaiDay(new Date())))
    throw invalidField('json', 'month', 'future_month', 'cannot record a month that has not begun')

  const row = { communityId, ...input }
  const exists = () => monthExists(communityId, input.month)
  try {
    const answer = await createOnce(c, db, 'registration.create', row, async () => {
      const [existing] = await selectRegistration(db, communityId, input.month)
      if (existing) throw exists()
      return {
        statements: [db.insert(registration).values(row)],
        answer: { status: 201, body: toRegistration(row) },
        audit: {
          action: 'registration.create',
          entity: 'registration',
          entityId: `${communityId}/${input.month}`,
          after: row,
        },
      }
    })
    return c.json(answer.body as Registration, 201)
  } catch (err) {
    // A concurrent request stored the month first.
    if (isDuplicateMonth(err)) throw exists()
    throw err
  }
}

export const updateRegistration: RouteHandler<typeof updateRegistrationRoute, AppEnv> = async (c) => {
  const { communityId, month } = c.req.valid('param')
  const counts = c.req.valid('json')
  const db = createDb(c.env)
  await communityInScope(db, c.var.scope, communityId)
  const [before] = await selectRegistration(db, communityId, month)
  if (!before) throw notFound(`Registration of ${month} for community ${communityId}`)
  const after = { communityId, month, ...counts }
  await writeWithAudit(
    db,
    [
      db
        .update(registration)
        .set(counts)
        .where(and(eq(registration.communityId, communityId), eq(registration.month, month))),
    ],
    {
      actorId: c.var.actor.userId,
      action: 'registration.update',
      entity: 'registration',
      entityId: `${communityId}/${month}`,
      requestId: c.get('requestId'),
      before,
      after,
    },
  )
  return c.json(toRegistration(after), 200)
}

const monthExists = (communityId: string, month: string) =>
  conflict('REGISTRATION_EXISTS', `Community ${communityId} already has figures for ${month}; correct them with PUT`, {
    communityId,
    month,
  })
