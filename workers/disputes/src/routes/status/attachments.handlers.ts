import type { RouteHandler } from '@hono/zod-openapi'
import { ErrorCode } from '@platform/contracts'
import { ApiError } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { addAttachment, listAttachments } from '../../disputes/attachments'
import { statusPath } from '../../disputes/create-dispute'
import { findByStatusSecret } from '../../disputes/find-by-secret'
import { limitByAddress } from '../../disputes/rate-limit'
import type { attachRoute } from './attachments.routes'

/** What the status page says after a plain form upload (`?attachment=`). */
export type AttachmentNotice = 'added' | 'missing' | 'too_large' | 'wrong_type' | 'limit' | 'failed'

const noticeOf = (err: unknown): AttachmentNotice => {
  if (!(err instanceof ApiError)) return 'failed'
  if (err.status === 413) return 'too_large'
  if (err.status === 415) return 'wrong_type'
  if (err.code === 'RULE_ATTACHMENT_LIMIT') return 'limit'
  if (err.code === 'NO_FILE') return 'missing'
  return 'failed'
}

export const postAttachment: RouteHandler<typeof attachRoute, AppEnv> = async (c) => {
  await limitByAddress(c, c.env.INTAKE_LIMITER)
  const { secret } = c.req.valid('param')
  const db = createDb(c.env)
  const row = await findByStatusSecret(db, secret)
  if (!row) throw new ApiError(404, ErrorCode.notFound, 'No dispute has this status link')
  // A plain HTML form (no JavaScript) wants a page back; the app asks for JSON.
  const fromPage = /text\/html/i.test(c.req.header('Accept') ?? '')
  const back = (notice: AttachmentNotice) => c.redirect(`${statusPath(secret)}?attachment=${notice}`, 303)
  try {
    const form = await c.req.parseBody()
    const file = form.file
    if (!(file instanceof File) || file.size === 0)
      throw new ApiError(400, 'NO_FILE', 'Send one file in the field `file`')
    await addAttachment(db, c.env, row, file, c.get('requestId'))
  } catch (err) {
    if (fromPage && !(err instanceof ApiError && err.status >= 500)) return back(noticeOf(err)) as never
    throw err
  }
  if (fromPage) return back('added') as never
  return c.json({ attachments: await listAttachments(db, row.id) }, 201)
}
