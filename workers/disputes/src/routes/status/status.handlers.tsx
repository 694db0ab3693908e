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
    const notice = c.req.query('attachment') as AttachmentNotice | undefined
    return c.html(<StatusPage locale={localeOf(c)} status={status} secret={secret} notice={notice} />, 200)
  }
  return c.json(status, 200)
}
