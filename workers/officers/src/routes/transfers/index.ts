import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { completeTransfer, decideTransfer, listTransfers, requestTransfer } from './transfers.handlers'
import {
  completeTransferRoute,
  decideTransferRoute,
  listTransfersRoute,
  requestTransferRoute,
} from './transfers.routes'

export const transfersRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(requestTransferRoute, requestTransfer)
  .openapi(listTransfersRoute, listTransfers)
  .openapi(decideTransferRoute, decideTransfer)
  .openapi(completeTransferRoute, completeTransfer)
