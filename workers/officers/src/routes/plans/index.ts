import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createTemplate, listMeetings, listTemplates, retireTemplate } from './plans.handlers'
import {
  createTemplateRoute,
  editTemplateRoute,
  listTemplatesRoute,
  meetingsRoute,
  retireTemplateRoute,
} from './plans.routes'
import { editTemplate } from './template-edit'

export const plansRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listTemplatesRoute, listTemplates)
  .openapi(createTemplateRoute, createTemplate)
  .openapi(editTemplateRoute, editTemplate)
  .openapi(retireTemplateRoute, retireTemplate)
  .openapi(meetingsRoute, listMeetings)
