import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import { dutyException, presenceEntry } from '../src/db/schema'
import { addDays, localDate, weekStartOf } from '../src/rules/shanghai-time'
import { officers, stations } from './fixture'
import { call, places } from './work-fixture'

const id = (tag: string) => `01JD${tag.padStart(22, '0')}`

/** The current week (Asia/Shanghai), so refused attempts made now fall in it. */
export const monday = weekStartOf(localDate(Date.now()))
export const friday = addDays(monday, 4)
export const exceptionId = id('X7')
const day = (date: string, from: string, to: string) => ({
  start: `${date}T${from}:00+08:00`,
  end: `${date}T${to}:00+08:00`,
})

/**
 * This week: Wang Fang logged 4 × 7 h in the community and was put on routine duty on Friday
 * (8 h) under an approved duty exception; Li Na was given level-1 reinforced duty on Friday (8 h,
 * allowed) and someone tried to put her on a patrol car (refused); at the south station someone
 * tried routine duty for Sun Li (refused).
 */
export async function insertWeekFixture() {
  const db = createDb(env)
  await db.insert(presenceEntry).values(
    [0, 1, 2, 3].map((n) => {
      const date = addDays(monday, n)
      const { start, end } = day(date, '08:00', '15:00')
      return {
        id: id(`W${n}`),
        officerId: officers.wang,
        gridId: id('G1'),
        activity: 'household_visit',
        start,
        end,
        startUtc: new Date(start).toISOString(),
        endUtc: new Date(end).toISOString(),
        minutes: 420,
        weekStart: monday,
        note: null,
        createdAt: new Date().toISOString(),
      }
    }),
  )
  await db.insert(dutyException).values({
    id: exceptionId,
    officerId: officers.wang,
    stationId: stations.north,
    reason: 'City-wide event security',
    startDate: monday,
    endDate: addDays(monday, 6),
    expiresOn: addDays(monday, 6),
    status: 'approved',
    requestedBy: '["test-station_head"]',
    headsRequired: 1,
    decidedBy: 'test-branch_admin',
    decidedAt: new Date().toISOString(),
    decisionNote: null,
    createdAt: new Date().toISOString(),
  })
  const assign = (body: object, place: object = places.northHead) =>
    call('POST', '/api/officers/assignments', 'station_head', place, body)
  const fri = day(friday, '09:00', '17:00')
  const answers = await Promise.all([
    assign({ officerId: officers.wang, kind: 'routine_duty', ...fri }),
    assign({ officerId: officers.li, kind: 'level1_reinforced_duty', ...fri }),
  ])
  const refused = await Promise.all([
    assign({ officerId: officers.li, kind: 'patrol_car', ...fri }),
    assign({ officerId: officers.sun, kind: 'routine_duty', ...fri }, places.southHead),
  ])
  if (answers.some((a) => a.status !== 201) || refused.some((r) => r.status !== 422))
    throw new Error(`week fixture: ${JSON.stringify([...answers, ...refused])}`)
}
