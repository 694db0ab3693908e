import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { Day } from './communities-registration'

/** Ten-household joint defence (十户联防): shops on file, grouped with their neighbours. */
export const DefenceShop = z
  .object({
    id: Id,
    name: Label,
    /** Place along the street: the rota's turn order. */
    position: z.number().int().nonnegative(),
    /** ISO weekdays the shop is closed (1 = Monday … 7 = Sunday): it is never on duty then. */
    closedWeekdays: z.array(z.number().int().min(1).max(7)),
  })
  .openapi('DefenceShop')
export type DefenceShop = z.infer<typeof DefenceShop>

export const DutyDay = z.object({ date: Day, shops: z.array(z.object({ id: Id, name: Label })) }).openapi('DutyDay')
export type DutyDay = z.infer<typeof DutyDay>

export const GroupIdParam = z.object({ groupId: Id.openapi({ param: { name: 'groupId', in: 'path' } }) })

export const RotaQuery = z.object({
  from: Day.optional().openapi({ param: { name: 'from', in: 'query' } }),
  to: Day.optional().openapi({ param: { name: 'to', in: 'query' } }),
})

/** `GET /api/communities/defence-groups/{groupId}/rota`: who is on duty each day of a range. */
export const GroupRota = z
  .object({
    group: z.object({ id: Id, stationId: Id, name: Label, street: Label, rotaStart: Day }),
    shops: z.array(DefenceShop),
    days: z.array(DutyDay),
  })
  .openapi('GroupRota')
export type GroupRota = z.infer<typeof GroupRota>

export const DutyOfDayQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
  date: Day.optional().openapi({ param: { name: 'date', in: 'query' } }),
})

/** `GET /api/communities/joint-defence`: every group of a station with its two shops on duty that day. */
export const DutyOfDay = z
  .object({
    /** null: every group of the district (a branch-wide account that named no station). */
    stationId: Id.nullable(),
    date: Day,
    groups: z.array(
      z.object({
        id: Id,
        name: Label,
        street: Label,
        shopCount: z.number().int().nonnegative(),
        onDuty: DutyDay.shape.shops,
      }),
    ),
  })
  .openapi('DutyOfDay')
export type DutyOfDay = z.infer<typeof DutyOfDay>
