import type { PublicSurveyAnswer } from '@platform/contracts'

/** The scale of the short form: 1 very dissatisfied … 5 very satisfied (contracts: SurveyScore). */
export const SCORES = [5, 4, 3, 2, 1] as const

export type SurveyField = 'communityId' | 'score'
export type SurveyErrors = Partial<Record<SurveyField, 'survey.error.community' | 'survey.error.score'>>
/** What the page says when the server did not record the answer (the answer stays on the page). */
export type SurveyNotice = 'survey.notice.rateLimited' | 'survey.notice.failed'

/** What the citizen must give: a community and one point of the scale; nothing else is asked. */
export function checkAnswer(
  communityId: string,
  score: string,
): { errors: SurveyErrors; body: PublicSurveyAnswer | null } {
  const errors: SurveyErrors = {}
  const value = Number(score)
  if (!communityId) errors.communityId = 'survey.error.community'
  if (!SCORES.some((s) => s === value)) errors.score = 'survey.error.score'
  return Object.keys(errors).length > 0 ? { errors, body: null } : { errors, body: { communityId, score: value } }
}

/**
 * A refusal as the page shows it: a community the server does not know or a field it names sits
 * under that field; too many answers from one address (429) is a polite "try again in a minute";
 * anything else (network, upstream) a plain "not sent, try again".
 */
export function refusalOf(error: unknown): { errors: SurveyErrors; notice: SurveyNotice | null } {
  if (!isRefusal(error)) return { errors: {}, notice: 'survey.notice.failed' }
  if (error.status === 429) return { errors: {}, notice: 'survey.notice.rateLimited' }
  if (error.code === 'UNKNOWN_COMMUNITY') return { errors: { communityId: 'survey.error.community' }, notice: null }
  if (error.status === 400) {
    const paths = ((error.details as { fields?: { path?: string }[] } | null)?.fields ?? []).map((f) => f.path)
    const errors: SurveyErrors = {}
    if (paths.includes('communityId')) errors.communityId = 'survey.error.community'
    if (paths.includes('score')) errors.score = 'survey.error.score'
    if (Object.keys(errors).length > 0) return { errors, notice: null }
  }
  return { errors: {}, notice: 'survey.notice.failed' }
}

/** The shape of @platform/ui's RequestError (checked by shape: this module stays free of the UI package). */
type Refusal = { status: number; code: string; details?: unknown }
const isRefusal = (error: unknown): error is Refusal =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as Refusal).status === 'number' &&
  typeof (error as Refusal).code === 'string'

/** A key made on this device once per answer: a second tap or a retry after a lost answer records it once. */
export const newAnswerKey = () => `survey-${crypto.randomUUID()}`
