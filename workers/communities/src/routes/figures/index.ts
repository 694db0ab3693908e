import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getFigures } from './figures.handlers'
import { figuresRoute } from './figures.routes'

export const figuresRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(figuresRoute, getFigures)
