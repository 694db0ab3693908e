import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getDailyReminder, getMyTasks, recordProgress } from './tasks.handlers'
import { dailyReminderRoute, myTasksRoute, taskProgressRoute } from './tasks.routes'

export const tasksRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(myTasksRoute, getMyTasks)
  .openapi(dailyReminderRoute, getDailyReminder)
  .openapi(taskProgressRoute, recordProgress)
