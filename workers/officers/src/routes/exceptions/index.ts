import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { cosignException, decideException, listDutyExceptions, requestException } from './exceptions.handlers'
import {
  cosignExceptionRoute,
  decideExceptionRoute,
  listExceptionsRoute,
  requestExceptionRoute,
} from './exceptions.routes'

export const exceptionsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(requestExceptionRoute, requestException)
  .openapi(listExceptionsRoute, listDutyExceptions)
  .openapi(cosignExceptionRoute, cosignException)
  .openapi(decideExceptionRoute, decideException)
