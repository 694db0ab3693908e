import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import type { StationMeetingCalendar } from '@platform/contracts'
import { notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { BRANCH_MEETINGS, parseMeetingCalendar } from '../../config'
import { createDb } from '../../db'
import { stationConfig } from '../../db/schema'
import { checkMeetingSettings, toCalendar, toSettings } from '../../rules/meeting-overrides'
import { auditBy } from '../shared/answer-once'
import { findStationConfig } from '../shared/officer-in-scope'
import type { setStationCalendarRoute, stationCalendarRoute } from './calendar.routes'

/** What the station's stored calendar means: its own when well formed, else the branch's. */
function inForce(stationId: string, stored: string | null | undefined): StationMeetingCalendar {
  const own = parseMeetingCalendar(stored)
  const calendar = own ?? BRANCH_MEETINGS
  return {
    stationId,
    source: own ? 'station' : 'branch',
    fallback: own === null && stored !== null && stored !== undefined,
    time: calendar.time,
    meetings: toSettings(calendar),
    branch: { time: BRANCH_MEETINGS.time, meetings: toSettings(BRANCH_MEETINGS) },
  }
}

export const getStationCalendar: RouteHandler<typeof stationCalendarRoute, AppEnv> = async (c) => {
  const { stationId } = c.req.valid('param')
  if (!coversStation(c.var.scope, stationId)) throw notFound(`Station ${stationId}`)
  const row = await findStationConfig(createDb(c.env), stationId)
  return c.json(inForce(stationId, row?.meetingCalendar), 200)
}

export const setStationCalendar: RouteHandler<typeof setStationCalendarRoute, AppEnv> = async (c) => {
  const { stationId } = c.req.valid('param')
  const { calendar } = c.req.valid('json')
  if (!coversStation(c.var.scope, stationId)) throw notFound(`Station ${stationId}`)
  if (calendar !== null) {
    const refusal = checkMeetingSettings(calendar.meetings)
    if (refusal) throw ruleBroken(refusal.rule as `RULE_${string}`, refusal.message, refusal.details)
  }
  const db = createDb(c.env)
  const row = await findStationConfig(db, stationId)
  const before = row?.meetingCalendar ?? null
  const after = calendar === null ? null : JSON.stringify(toCalendar(calendar.meetings, calendar.time))
  // The same calendar again is no change, and no audit row.
  if (after !== before)
    await writeWithAudit(
      db,
      [
        db
          .insert(stationConfig)
          .values({ stationId, meetingCalendar: after })
          .onConflictDoUpdate({ target: stationConfig.stationId, set: { meetingCalendar: after } }),
      ],
      {
        ...auditBy(c),
        action: 'station.meetings.set',
        entity: 'station_config',
        entityId: stationId,
        before: { meetingCalendar: before },
        after: { meetingCalendar: after },
      },
    )
  return c.json(inForce(stationId, after), 200)
}
