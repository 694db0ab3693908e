import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { postAttachment } from './attachments.handlers'
import { attachRoute } from './attachments.routes'
import { getStatus } from './status.handlers'
import { statusRoute } from './status.routes'
import { postSurvey } from './survey.handlers'
import { surveyRoute } from './survey.routes'

export const statusRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(statusRoute, getStatus)
  .openapi(attachRoute, postAttachment)
  .openapi(surveyRoute, postSurvey)
