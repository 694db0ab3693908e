import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { COMMUNITIES_CONFIG } from '../../config'
import { createDb } from '../../db'
import { addDays, daysBetween, shanghaiDay } from '../../rules/calendar'
import { dutyRota, weekdaysOfMask } from '../../rules/rota'
import { invalidField, stationOfRequest } from '../place-scope'
import { findGroup, type GroupRow, groupsOf, type ShopRow, shopsOf } from './defence.queries'
import type { dutyOfDayRoute, groupRotaRoute } from './defence.routes'

const shopName = (s: ShopRow) => ({ zh: s.nameZh, en: s.nameEn })

function rotaOf(group: GroupRow, shops: ShopRow[], from: string, to: string) {
  const byId = new Map(shops.map((s) => [s.id, s]))
  return dutyRota(shops, {
    rotaStart: group.rotaStart,
    from,
    to,
    shopsOnDuty: COMMUNITIES_CONFIG.rota.shopsOnDuty,
  }).map((day) => ({
    date: day.date,
    shops: day.shopIds.map((id) => ({ id, name: shopName(byId.get(id) as ShopRow) })),
  }))
}

export const getGroupRota: RouteHandler<typeof groupRotaRoute, AppEnv> = async (c) => {
  const { groupId } = c.req.valid('param')
  const query = c.req.valid('query')
  const from = query.from ?? shanghaiDay(new Date())
  const to = query.to ?? addDays(from, 6)
  if (to < from) throw invalidField('query', 'to', 'before_from', 'must not be before from')
  const { maxDays } = COMMUNITIES_CONFIG.rota
  if (daysBetween(from, to) + 1 > maxDays)
    throw invalidField('query', 'to', 'range_too_long', `at most ${maxDays} days per request`)

  const db = createDb(c.env)
  const group = await findGroup(db, groupId)
  if (!group || !coversStation(c.var.scope, group.stationId)) throw notFound(`Joint-defence group ${groupId}`)
  const shops = await shopsOf(db, [group.id])
  return c.json(
    {
      group: {
        id: group.id,
        stationId: group.stationId,
        name: { zh: group.nameZh, en: group.nameEn },
        street: { zh: group.streetZh, en: group.streetEn },
        rotaStart: group.rotaStart,
      },
      shops: shops.map((s) => ({
        id: s.id,
        name: shopName(s),
        position: s.position,
        closedWeekdays: weekdaysOfMask(s.closedWeekdays),
      })),
      days: rotaOf(group, shops, from, to),
    },
    200,
  )
}

export const getDutyOfDay: RouteHandler<typeof dutyOfDayRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const date = query.date ?? shanghaiDay(new Date())
  const stationId = stationOfRequest(c.var.scope, query.station)
  const db = createDb(c.env)
  const groups = await groupsOf(db, stationId)
  const shops = await shopsOf(
    db,
    groups.map((g) => g.id),
  )
  return c.json(
    {
      stationId,
      date,
      groups: groups.map((group) => {
        const own = shops.filter((s) => s.groupId === group.id)
        return {
          id: group.id,
          name: { zh: group.nameZh, en: group.nameEn },
          street: { zh: group.streetZh, en: group.streetEn },
          shopCount: own.length,
          onDuty: rotaOf(group, own, date, date)[0]?.shops ?? [],
        }
      }),
    },
    200,
  )
}
