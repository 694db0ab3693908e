import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env'
import type { Mount } from '../../mounts'
import { HEALTH_PATH, healthRoute, platformHealth } from '../health'
import { methodNotAllowed } from '../method-not-allowed'
import { countDistrict } from './count-district'
import { districtRoute } from './district.route'

export { countDistrict } from './count-district'

/** OpenAPI document of the gateway's own public API; the docs page renders it first. */
export const PUBLIC_OPENAPI_PATH = '/api/public/openapi.json'
const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Gateway public API',
    version: '0.1.0',
    description: 'What the gateway answers itself, without a login: the district figures and the platform health.',
  },
}

/** The gateway's public API (`/api/public/*`, `/api/health`), described by its own OpenAPI document. */
export function publicApi(mounts: readonly Mount[]) {
  const api = new OpenAPIHono<AppEnv>()
  api.openapi(districtRoute, async (c) => c.json(await countDistrict(c.env, mounts), 200))
  api.all(districtRoute.path, methodNotAllowed(['GET', 'HEAD']))
  api.openapi(healthRoute, platformHealth(mounts))
  api.all(HEALTH_PATH, methodNotAllowed(['GET', 'HEAD']))
  api.doc31(PUBLIC_OPENAPI_PATH, documentConfig)
  api.all(PUBLIC_OPENAPI_PATH, methodNotAllowed(['GET', 'HEAD']))
  return { routes: api, document: () => api.getOpenAPI31Document(documentConfig) }
}
