import type { RouteHandler } from '@hono/zod-openapi'
import { ErrorCode, SurveyAnswer } from '@platform/contracts'
import { ApiError } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { statusPath } from '../../disputes/create-dispute'
import { findByStatusSecret } from '../../disputes/find-by-secret'
import { limitByAddress } from '../../disputes/rate-limit'
import { recordSurvey } from '../../disputes/survey'
import type { surveyRoute } from './survey.routes'

/** What the status page says after a plain form answer (`?survey=`). */
export type SurveyNotice = 'thanks' | 'answered' | 'not_open' | 'invalid'

const isJson = (type: string) => /^application\/json\b/i.test(type)
const isForm = (type: string) => /^application\/x-www-form-urlencoded\b/i.test(type)

const noticeOf = (err: unknown): SurveyNotice | null => {
  if (!(err instanceof ApiError)) return null
  if (err.code === 'RULE_SURVEY_ANSWERED') return 'answered'
  if (err.code === 'RULE_SURVEY_NOT_OPEN') return 'not_open'
  if (err.status === 400) return 'invalid'
  return null
}

const invalidScore = () =>
  new ApiError(400, ErrorCode.validationFailed, 'Give a score from 1 to 5', {
    fields: [{ path: 'score', code: 'invalid', message: 'a whole number from 1 to 5' }],
  })

export const postSurvey: RouteHandler<typeof surveyRoute, AppEnv> = async (c) => {
  await limitByAddress(c, c.env.STATUS_LIMITER)
  const type = c.req.header('Content-Type') ?? ''
  const form = isForm(type)
  if (!form && !isJson(type)) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON or a form post')
  const { secret } = c.req.valid('param')
  const db = createDb(c.env)
  const row = await findByStatusSecret(db, secret)
  if (!row) throw new ApiError(404, ErrorCode.notFound, 'No dispute has this status link')
  const back = (notice: SurveyNotice) => c.redirect(`${statusPath(secret)}?survey=${notice}#survey`, 303)
  try {
    const raw = form ? Number((await c.req.parseBody()).score) : (c.req.valid('json') as { score: unknown }).score
    const parsed = SurveyAnswer.safeParse({ score: raw })
    if (!parsed.success) throw invalidScore()
    const { forwarded } = await recordSurvey(db, c.env, row, parsed.data.score, c.get('requestId'))
    if (form) return back('thanks') as never
    return c.json({ recorded: true as const, forwarded }, 201)
  } catch (err) {
    const notice = form ? noticeOf(err) : null
    if (notice) return back(notice) as never
    throw err
  }
}
