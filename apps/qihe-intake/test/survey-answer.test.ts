import { describe, expect, it } from 'vitest'
import { checkAnswer, newAnswerKey, refusalOf } from '../src/survey/answer'

const COMMUNITY = '01JD0000000000000000000C01'

describe('the short form asks a community and one point of the 1–5 scale, nothing else', () => {
  it.each([
    ['a community and a 5', COMMUNITY, '5', {}],
    ['a community and a 1', COMMUNITY, '1', {}],
    ['no community', '', '4', { communityId: 'survey.error.community' }],
    ['no score', COMMUNITY, '', { score: 'survey.error.score' }],
    ['a score off the scale', COMMUNITY, '6', { score: 'survey.error.score' }],
    ['nothing', '', '', { communityId: 'survey.error.community', score: 'survey.error.score' }],
  ])('%s', (_, communityId, score, errors) => {
    const checked = checkAnswer(communityId, score)
    expect(checked.errors).toEqual(errors)
    expect(checked.body).toEqual(Object.keys(errors).length > 0 ? null : { communityId, score: Number(score) })
  })
})

describe('a refusal is shown politely, tied to the field it names', () => {
  it.each([
    ['too many answers (429)', { status: 429, code: 'RATE_LIMITED' }, {}, 'survey.notice.rateLimited'],
    [
      'an unknown community',
      { status: 400, code: 'UNKNOWN_COMMUNITY' },
      { communityId: 'survey.error.community' },
      null,
    ],
    [
      'a malformed score',
      { status: 400, code: 'VALIDATION_FAILED', details: { fields: [{ path: 'score' }] } },
      { score: 'survey.error.score' },
      null,
    ],
    ['the communities service down (502)', { status: 502, code: 'UPSTREAM_FAILED' }, {}, 'survey.notice.failed'],
    ['no network', new TypeError('offline'), {}, 'survey.notice.failed'],
  ])('%s', (_, error, errors, notice) => {
    expect(refusalOf(error)).toEqual({ errors, notice })
  })

  it('makes a fresh idempotency key on the device for each answer, in the allowed alphabet', () => {
    const [a, b] = [newAnswerKey(), newAnswerKey()]
    expect(a).not.toBe(b)
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,128}$/)
  })
})
