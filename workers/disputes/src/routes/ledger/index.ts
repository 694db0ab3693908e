import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { postAgreement } from './agreement.handlers'
import { agreementRoute } from './agreement.routes'
import { postAttachmentFile } from './attachment-file.handlers'
import { attachmentFileRoute } from './attachment-file.routes'
import { postDuplicate } from './duplicate.handlers'
import { duplicateRoute } from './duplicate.routes'
import { postClose, postPause, postProgress, postReopen, postResume, postReturnVisit } from './handling.handlers'
import { closeRoute, pauseRoute, progressRoute, reopenRoute, resumeRoute, returnVisitRoute } from './handling.routes'
import { getInsights } from './insights.handlers'
import { insightsRoute } from './insights.routes'
import { listLedger, postHandover, postReveal, postTriage } from './ledger.handlers'
import { handoverRoute, ledgerRoute, revealRoute, triageRoute } from './ledger.routes'
import { postRecord } from './record.handlers'
import { recordRoute } from './record.routes'

export const ledgerRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(ledgerRoute, listLedger)
  .openapi(recordRoute, postRecord)
  .openapi(triageRoute, postTriage)
  .openapi(handoverRoute, postHandover)
  .openapi(revealRoute, postReveal)
  .openapi(pauseRoute, postPause)
  .openapi(resumeRoute, postResume)
  .openapi(closeRoute, postClose)
  .openapi(returnVisitRoute, postReturnVisit)
  .openapi(reopenRoute, postReopen)
  .openapi(progressRoute, postProgress)
  .openapi(agreementRoute, postAgreement)
  .openapi(duplicateRoute, postDuplicate)
  .openapi(insightsRoute, getInsights)
  .openapi(attachmentFileRoute, postAttachmentFile)
