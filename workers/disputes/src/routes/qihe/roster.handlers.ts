import type { RouteHandler } from '@hono/zod-openapi'
import type { QiheRosterMember } from '@platform/contracts'
import { ApiError, IDEMPOTENCY_HEADER, notFound, runIdempotent } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { qiheStaff } from '../../db/schema'
import { newId } from '../../disputes/new-id'
import { columnsOf, listRoster, memberOf, today } from './roster.queries'
import type { addMemberRoute, rosterRoute, todayRoute, updateMemberRoute } from './roster.routes'

export const getToday: RouteHandler<typeof todayRoute, AppEnv> = async (c) => {
  // The day changes at midnight: a minute of caching is plenty and keeps the page cheap.
  c.header('Cache-Control', 'public, max-age=60')
  return c.json(await today(createDb(c.env)), 200)
}

export const getRoster: RouteHandler<typeof rosterRoute, AppEnv> = async (c) =>
  c.json({ staff: await listRoster(createDb(c.env)) }, 200)

export const postMember: RouteHandler<typeof addMemberRoute, AppEnv> = async (c) => {
  const key = c.req.header(IDEMPOTENCY_HEADER)
  if (!key) throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'Send an Idempotency-Key header')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  const answer = await runIdempotent(
    db,
    { caller: c.var.actor.userId, operation: 'qihe.staff.add', key, body: input },
    async (remember) => {
      const now = new Date().toISOString()
      const row = { id: newId(), ...columnsOf(input), updatedAt: now }
      const stored = { status: 201, body: memberOf(row) }
      await writeWithAudit(db, [...(await remember(stored)), db.insert(qiheStaff).values(row)], {
        actorId: c.var.actor.userId,
        requestId: c.get('requestId'),
        action: 'qihe.staff.add',
        entity: 'qihe_staff',
        entityId: row.id,
        after: { agency: row.agency, arrangement: row.arrangement, weekdays: row.weekdays, active: row.active },
      })
      return stored
    },
  )
  return c.json(answer.body as QiheRosterMember, 201)
}

export const putMember: RouteHandler<typeof updateMemberRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const db = createDb(c.env)
  const [before] = await db.select().from(qiheStaff).where(eq(qiheStaff.id, id)).limit(1)
  if (!before) throw notFound('Staff member', { id })
  const change = { ...columnsOf(c.req.valid('json')), updatedAt: new Date().toISOString() }
  await writeWithAudit(db, [db.update(qiheStaff).set(change).where(eq(qiheStaff.id, id))], {
    actorId: c.var.actor.userId,
    requestId: c.get('requestId'),
    action: 'qihe.staff.update',
    entity: 'qihe_staff',
    entityId: id,
    before: { arrangement: before.arrangement, weekdays: before.weekdays, active: before.active },
    after: { arrangement: change.arrangement, weekdays: change.weekdays, active: change.active },
  })
  return c.json(memberOf({ ...before, ...change }), 200)
}
