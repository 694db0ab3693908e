import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { closeNomination, fileNomination, getNomination, listQueue, voteNomination } from './nominations.handlers'
import {
  closeNominationRoute,
  fileNominationRoute,
  getNominationRoute,
  listNominationsRoute,
  voteNominationRoute,
} from './nominations.routes'

export const nominationsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listNominationsRoute, listQueue)
  .openapi(fileNominationRoute, fileNomination)
  .openapi(getNominationRoute, getNomination)
  .openapi(voteNominationRoute, voteNomination)
  .openapi(closeNominationRoute, closeNomination)
