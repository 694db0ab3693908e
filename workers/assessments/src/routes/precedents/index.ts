import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getExemptionRates, listPrecedents } from './precedents.handlers'
import { exemptionRatesRoute, precedentsRoute } from './precedents.routes'

export const precedentsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(precedentsRoute, listPrecedents)
  .openapi(exemptionRatesRoute, getExemptionRates)
