import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getStationCalendar, setStationCalendar } from './calendar.handlers'
import { setStationCalendarRoute, stationCalendarRoute } from './calendar.routes'

/** A station's own meeting calendar (station_config), read and set. */
export const calendarRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(stationCalendarRoute, getStationCalendar)
  .openapi(setStationCalendarRoute, setStationCalendar)
