import type { RouteHandler } from '@hono/zod-openapi'
import { ErrorCode } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { findByStatusSecret } from '../../disputes/find-by-secret'
import { limitByAddress } from '../../disputes/rate-limit'
import { statusView } from '../../disputes/status-view'
import { localeOf, switchLanguage } from '../../pages/locale'
import { StatusNotFoundPage, StatusPage } from '../../pages/status-page'
import type { AttachmentNotice } from './attachments.handlers'
import type { statusRoute } from './status.routes'
import type { SurveyNotice } from './survey.handlers'

// Only known notices reach the page (a hand-typed `?survey=` shows nothing).
const ATTACHMENT_NOTICES: readonly AttachmentNotice[] = [
  'added',
  'missing',
  'too_large',
  'wrong_type',
  'limit',
  'failed',
]
const SURVEY_NOTICES: readonly SurveyNotice[] = ['thanks', 'answered', 'not_open', 'invalid']
const pick = <T extends string>(value: string | undefined, known: readonly T[]) =>
  known.find((option) => option === value)

const wantsHtml = (accept: string | undefined) => /text\/html/i.test(accept ?? '')

export const getStatus: RouteHandler<typeof statusRoute, AppEnv> = async (c) => {
  const switched = switchLanguage(c)
  if (switched) return switched as never
  await limitByAddress(c, c.env.STATUS_LIMITER)
  const { secret } = c.req.valid('param')
  const html = wantsHtml(c.req.header('Accept'))
  const db = createDb(c.env)
  const row = await findByStatusSecret(db, secret)
  // Unknown, malformed and expired links answer alike: nothing tells them apart.
  if (!row) {
    if (html) return c.html(<StatusNotFoundPage locale={localeOf(c)} />, 404)
    return c.json(errorBody(ErrorCode.notFound, 'No dispute has this status link'), 404)
  }
  const status = await statusView(db, row, c.env.DISPUTES_DATA_KEY)
  c.header('Cache-Control', 'no-store')
  if (html) {
    const notice = pick(c.req.query('attachment'), ATTACHMENT_NOTICES)
    const surveyNotice = pick(c.req.query('survey'), SURVEY_NOTICES)
    return c.html(
      <StatusPage locale={localeOf(c)} status={status} secret={secret} notice={notice} surveyNotice={surveyNotice} />,
      200,
    )
  }
  return c.json(status, 200)
}
