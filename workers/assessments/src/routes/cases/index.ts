import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { fileAppeal } from './appeal.handler'
import {
  castVoteRoute,
  closeCaseRoute,
  fileAppealRoute,
  fileCaseRoute,
  getCaseRoute,
  listCasesRoute,
} from './cases.routes'
import { closeCase } from './close.handler'
import { fileCase } from './file.handler'
import { getCase, listQueue } from './read.handlers'
import { castVote } from './vote.handler'

export const casesRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listCasesRoute, listQueue)
  .openapi(fileCaseRoute, fileCase)
  .openapi(getCaseRoute, getCase)
  .openapi(castVoteRoute, castVote)
  .openapi(closeCaseRoute, closeCase)
  .openapi(fileAppealRoute, fileAppeal)
