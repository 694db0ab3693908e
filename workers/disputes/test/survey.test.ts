import { env, exports } from 'cloudflare:workers'
import { DisputeStatus, ErrorBody, SurveyReceipt } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeEach, describe, expect, it } from 'vitest'
import { createDb } from '../src/db'
import { forwardPendingSurveys } from '../src/disputes/survey'
import { checkSurvey, isSatisfied, surveyState } from '../src/rules/survey'
import { F01, nextAddress, S01, status, submitted } from './intake-helpers'

const ledger = async (path: string, body: unknown, headers: Record<string, string>) =>
  exports.default.fetch(`http://x/api/disputes/ledger/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

/** A dispute triaged to officer F01 and closed by F01 with the given outcome. */
async function closedDispute(outcome = 'agreement') {
  const dispute = await submitted()
  const { id } = (await env.DB.prepare('SELECT id FROM dispute WHERE reference = ?')
    .bind(dispute.reference)
    .first<{ id: string }>()) as { id: string }
  await ledger(`${id}/triage`, { jurisdiction: 'police', complexity: 'simple' }, await asRole('mediator'))
  const officer = await asRole('officer', { stationId: S01, officerId: F01 })
  const closed = await ledger(`${id}/close`, { outcome }, officer)
  if (closed.status !== 200) throw new Error(`close answered ${closed.status}`)
  return { ...dispute, id }
}

const answer = (secret: string, body: unknown, type = 'application/json') =>
  exports.default.fetch(`http://x/api/disputes/status/${secret}/survey`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': type, 'CF-Connecting-IP': nextAddress() },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const peer = async (path: string) => (await env.ASSESSMENTS.fetch(`http://assessments${path}`)).json()
const heldByPeer = async (disputeId: string) =>
  ((await peer('/answers')) as { answers: { disputeId: string; score: number }[] }).answers.filter(
    (a) => a.disputeId === disputeId,
  )

describe('the survey rule: open after closure, one answer per dispute', () => {
  it.each([
    { state: 'received', answered: false, expected: 'not_open', refusal: 'RULE_SURVEY_NOT_OPEN' },
    { state: 'assigned', answered: false, expected: 'not_open', refusal: 'RULE_SURVEY_NOT_OPEN' },
    { state: 'referred', answered: false, expected: 'not_open', refusal: 'RULE_SURVEY_NOT_OPEN' },
    { state: 'closed', answered: false, expected: 'open', refusal: null },
    { state: 'closed', answered: true, expected: 'answered', refusal: 'RULE_SURVEY_ANSWERED' },
  ])('$state, answered $answered → $expected', ({ state, answered, expected, refusal }) => {
    expect(surveyState({ state }, answered)).toBe(expected)
    expect(checkSurvey({ state }, answered)?.code ?? null).toBe(refusal)
  })

  it.each([
    [3, false],
    [4, true],
    [5, true],
  ])('score %i counts as satisfied: %s', (score, satisfied) => {
    expect(isSatisfied(score)).toBe(satisfied)
  })
})

describe('POST /api/disputes/status/{secret}/survey', () => {
  beforeEach(async () => {
    await peer('/up')
  })

  it('is refused before closure and open after it; the status shows it', async () => {
    const open = await submitted()
    const early = await answer(open.secret, { score: 5 })
    expect(early.status).toBe(422)
    expect(ErrorBody.parse(await early.json()).error.code).toBe('RULE_SURVEY_NOT_OPEN')
    expect(DisputeStatus.parse(await (await status(open.secret)).json()).survey).toBe('not_open')

    const { secret } = await closedDispute()
    expect(DisputeStatus.parse(await (await status(secret)).json()).survey).toBe('open')
  })

  it('keeps one answer, forwards it to assessments, and refuses a second', async () => {
    const { secret, id } = await closedDispute()
    const first = await answer(secret, { score: 4 })
    expect(first.status).toBe(201)
    expect(SurveyReceipt.parse(await first.json())).toEqual({ recorded: true, forwarded: true })
    expect(await heldByPeer(id)).toEqual([expect.objectContaining({ disputeId: id, score: 4, stationId: S01 })])

    const second = await answer(secret, { score: 1 })
    expect(second.status).toBe(422)
    expect(ErrorBody.parse(await second.json()).error.code).toBe('RULE_SURVEY_ANSWERED')
    expect(DisputeStatus.parse(await (await status(secret)).json()).survey).toBe('answered')
    expect(await heldByPeer(id)).toHaveLength(1)
  })

  it('ten answers at once: one is kept, the others refused', async () => {
    const { secret, id } = await closedDispute()
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => answer(secret, { score: (i % 5) + 1 })))
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
    expect(results.filter((r) => r.status === 422)).toHaveLength(9)
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM dispute_survey WHERE dispute_id = ?').bind(id).first()
    expect(rows).toEqual({ n: 1 })
    expect(await heldByPeer(id)).toHaveLength(1)
  })

  it('assessments down: the answer is kept (201, not forwarded) and forwarded once it is back — never twice', async () => {
    const { secret, id } = await closedDispute('withdrawn')
    await peer('/down')
    const kept = await answer(secret, { score: 2 })
    expect(kept.status).toBe(201)
    expect(SurveyReceipt.parse(await kept.json())).toEqual({ recorded: true, forwarded: false })
    expect(await heldByPeer(id)).toEqual([])
    const db = createDb(env)
    // Still down: the retry keeps it in the outbox.
    expect((await forwardPendingSurveys(db, env)).pending).toBeGreaterThanOrEqual(1)
    await peer('/up')
    await forwardPendingSurveys(db, env)
    expect(await heldByPeer(id)).toEqual([expect.objectContaining({ disputeId: id, score: 2 })])
    // A later run sends nothing again.
    const calls = ((await peer('/calls')) as { calls: number }).calls
    await forwardPendingSurveys(db, env)
    expect(((await peer('/calls')) as { calls: number }).calls).toBe(calls)
    const row = await env.DB.prepare('SELECT forwarded_at, attempts FROM dispute_survey WHERE dispute_id = ?')
      .bind(id)
      .first<{ forwarded_at: string | null; attempts: number }>()
    expect(row?.forwarded_at).not.toBeNull()
    expect(row?.attempts).toBe(3)
  })

  it('the scheduled handler forwards the outbox', async () => {
    const { secret, id } = await closedDispute()
    await peer('/down')
    await answer(secret, { score: 5 })
    await peer('/up')
    await exports.default.scheduled({ scheduledTime: new Date(), cron: '*/10 * * * *', noRetry() {} } as never)
    expect(await heldByPeer(id)).toHaveLength(1)
  })

  it('without JavaScript: a form post answers with the status page again, thanked', async () => {
    const { secret, id } = await closedDispute()
    const page = await (await status(secret, { Accept: 'text/html' })).text()
    expect(page).toContain(`action="/api/disputes/status/${secret}/survey"`)
    expect(page).toContain('满意度评价')
    const posted = await answer(secret, 'score=5', 'application/x-www-form-urlencoded')
    expect(posted.status).toBe(303)
    expect(posted.headers.get('Location')).toBe(`/api/disputes/status/${secret}?survey=thanks#survey`)
    const after = await (await status(`${secret}?survey=thanks`, { Accept: 'text/html' })).text()
    expect(after).toContain('谢谢您的评价')
    expect(after).not.toContain(`action="/api/disputes/status/${secret}/survey"`)
    const again = await answer(secret, 'score=1', 'application/x-www-form-urlencoded')
    expect(again.headers.get('Location')).toContain('survey=answered')
    expect(await heldByPeer(id)).toEqual([expect.objectContaining({ score: 5 })])
  })

  it.each([
    { body: { score: 0 }, why: 'zero' },
    { body: { score: 6 }, why: 'six' },
    { body: { score: 4.5 }, why: 'a fraction' },
    { body: { score: '5' }, why: 'a string' },
    { body: {}, why: 'no score' },
  ])('a score that is $why → 400', async ({ body }) => {
    const { secret } = await closedDispute()
    const res = await answer(secret, body)
    expect(res.status).toBe(400)
    ErrorBody.parse(await res.json())
  })

  it('a form post without a score goes back to the page with the error', async () => {
    const { secret } = await closedDispute()
    const res = await answer(secret, 'score=9', 'application/x-www-form-urlencoded')
    expect(res.headers.get('Location')).toContain('survey=invalid')
  })

  it('an unknown link → 404; another content type → 415; a made-up notice shows nothing', async () => {
    const unknown = await answer('A'.repeat(43), { score: 5 })
    expect(unknown.status).toBe(404)
    const { secret } = await closedDispute()
    expect((await answer(secret, 'score 5', 'text/plain')).status).toBe(415)
    const page = await status(`${secret}?survey=hacked&attachment=nope`, { Accept: 'text/html' })
    expect(page.status).toBe(200)
  })
})
