import { env, exports } from 'cloudflare:workers'
import { ErrorBody, RecordedAnswer, Satisfaction } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { createDb } from '../src/db'
import { survey } from '../src/db/schema'
import { isSatisfied, rateOf, summariseSatisfaction } from '../src/rules/satisfaction'
import { recordDisputeSurvey } from '../src/surveys/survey-queries'
import { E1, S1, S2 } from './case-fixtures'

const C1 = '01JD00000000000000000000C1'
const C2 = '01JD00000000000000000000C2'
const C9 = '01JD00000000000000000000C9'
const C_UNKNOWN = '01JD00000000000000000000C5'
const C_BROKEN = '01JD0000000000000000000C66'
const officerPlace = { stationId: S1, officerId: E1 }

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  exports.default.fetch(`http://x/api/assessments/surveys/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'CF-Connecting-IP': '203.0.113.7', ...headers },
    body: JSON.stringify(body),
  })
const code = async (res: Response) => ErrorBody.parse(await res.json()).error.code

describe('satisfaction rules', () => {
  it.each([
    [5, true],
    [4, true],
    [3, false],
    [1, false],
  ])('a score of %i counts as satisfied: %s', (score, expected) => {
    expect(isSatisfied(score, 4)).toBe(expected)
  })

  it.each([
    [0, 0, null],
    [1, 1, 1],
    [3, 2, 0.6667],
    [1250, 1236, 0.9888],
  ])('%i answers with %i satisfied give a rate of %s', (responses, satisfied, rate) => {
    expect(rateOf(responses, satisfied)).toBe(rate)
  })

  it('rolls answers up to the community, the station and the district', () => {
    const rows = summariseSatisfaction(
      [
        { stationId: 'S1', communityId: 'C1', score: 5 },
        { stationId: 'S1', communityId: 'C1', score: 2 },
        { stationId: 'S1', communityId: null, score: 4 },
        { stationId: 'S2', communityId: 'C9', score: 4 },
      ],
      4,
    )
    expect(rows.district).toMatchObject({ responses: 4, satisfied: 3, rate: 0.75 })
    expect(rows.stations).toEqual([
      { stationId: 'S1', communityId: null, responses: 3, satisfied: 2, rate: 0.6667 },
      { stationId: 'S2', communityId: null, responses: 1, satisfied: 1, rate: 1 },
    ])
    expect(rows.communities.map((r) => [r.communityId, r.rate])).toEqual([
      ['C1', 0.5],
      ['C9', 1],
    ])
  })
})

describe('answers after a closed dispute (RPC from the disputes worker)', () => {
  const answer = {
    disputeId: 'D-1',
    stationId: S1,
    communityId: C1,
    score: 5 as const,
    answeredAt: '2024-08-02T03:00:00Z',
  }

  it('records one answer per dispute and keeps the first', async () => {
    expect(await exports.default.recordDisputeSurvey(answer)).toEqual({ recorded: true })
    expect(await exports.default.recordDisputeSurvey({ ...answer, score: 1 })).toEqual({ recorded: false })
    const figure = await exports.default.satisfaction({ from: '2024-08-01', to: '2024-08-31' })
    expect(figure).toEqual({ stationId: null, responses: 1, satisfied: 1, rate: 1 })
  })

  it('refuses a score outside 1..5', async () => {
    await expect(
      recordDisputeSurvey(createDb(env), { ...answer, disputeId: 'D-2', score: 9 as never }),
    ).rejects.toThrow(RangeError)
  })
})

describe('the public short form', () => {
  it('records a community and a score, and nothing personal', async () => {
    const res = await post('public', { communityId: C1, score: 4 })
    expect(res.status).toBe(201)
    const body = RecordedAnswer.parse(await res.json())
    expect(body).toMatchObject({ kind: 'public', stationId: S1, communityId: C1, score: 4 })
    // Extra fields (a name, a phone) are not part of the form: the strict schema drops them unseen.
    const withName = await post('public', { communityId: C1, score: 5, name: '张三', phone: '13800000000' })
    expect(withName.status).toBe(201)
    const stored = await env.DB.prepare('select * from survey_answer where kind = ?').bind('public').all()
    expect(JSON.stringify(stored.results)).not.toContain('13800000000')
  })

  it('records a retry with the same Idempotency-Key once', async () => {
    const key = { 'Idempotency-Key': 'survey-retry-0001' }
    const first = RecordedAnswer.parse(await (await post('public', { communityId: C2, score: 5 }, key)).json())
    const again = RecordedAnswer.parse(await (await post('public', { communityId: C2, score: 5 }, key)).json())
    expect(again.id).toBe(first.id)
    const count = await env.DB.prepare('select count(*) as n from survey_answer where community_id = ?')
      .bind(C2)
      .first('n')
    expect(count).toBe(1)
  })

  it.each([
    [{ communityId: C_UNKNOWN, score: 4 }, 400, 'UNKNOWN_COMMUNITY'],
    [{ communityId: C1, score: 0 }, 400, 'VALIDATION_FAILED'],
    [{ communityId: C1, score: 6 }, 400, 'VALIDATION_FAILED'],
    [{ communityId: 'nope', score: 4 }, 400, 'VALIDATION_FAILED'],
    [{ communityId: C_BROKEN, score: 4 }, 502, 'UPSTREAM_FAILED'],
  ])('refuses %j with %i %s', async (body, status, expected) => {
    const res = await post('public', body, { 'CF-Connecting-IP': '198.51.100.1' })
    expect(res.status).toBe(status)
    expect(await code(res)).toBe(expected)
  })

  it('limits one address to 10 answers a minute (429 with Retry-After)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await post('public', { communityId: C1, score: 5 }, { 'CF-Connecting-IP': '192.0.2.99' })).status)
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true)
    const refused = await post('public', { communityId: C1, score: 5 }, { 'CF-Connecting-IP': '192.0.2.99' })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('60')
  })
})

describe('household visits', () => {
  it("lets an officer record an answer in the own station's community", async () => {
    const res = await post(
      'visits',
      { communityId: C1, score: 3, visitedOn: '2024-08-10' },
      await asRole('officer', officerPlace),
    )
    expect(res.status).toBe(201)
    const row = await env.DB.prepare("select officer_id from survey_answer where kind = 'visit'").first('officer_id')
    expect(row).toBe(E1)
  })

  it('answers 404 for a community of another station, 422 for a visit in the future', async () => {
    const other = await post(
      'visits',
      { communityId: C9, score: 5, visitedOn: '2024-08-10' },
      await asRole('officer', officerPlace),
    )
    expect(other.status).toBe(404)
    const future = await post(
      'visits',
      { communityId: C1, score: 5, visitedOn: '2999-01-01' },
      await asRole('officer', officerPlace),
    )
    expect(future.status).toBe(422)
    expect(await code(future)).toBe('RULE_VISIT_IN_FUTURE')
  })
})

describe('the satisfaction figures', () => {
  it('gives the branch the district, each station and each community', async () => {
    await exports.default.recordDisputeSurvey({
      disputeId: 'D-9',
      stationId: S2,
      communityId: C9,
      score: 2,
      answeredAt: '2024-08-03T00:00:00Z',
    })
    const res = await exports.default.fetch('http://x/api/assessments/satisfaction', {
      headers: await asRole('branch_admin'),
    })
    const body = Satisfaction.parse(await res.json())
    expect(body.district.responses).toBeGreaterThan(3)
    expect(body.stations.map((s) => s.stationId)).toEqual([S1, S2])
    expect(body.communities.find((c) => c.communityId === C9)).toMatchObject({ responses: 1, satisfied: 0, rate: 0 })
  })

  it('keeps a station head to the own station', async () => {
    const own = Satisfaction.parse(
      await (
        await exports.default.fetch('http://x/api/assessments/satisfaction', {
          headers: await asRole('station_head', { stationId: S1 }),
        })
      ).json(),
    )
    expect(own.stations.map((s) => s.stationId)).toEqual([S1])
    const other = await exports.default.fetch(`http://x/api/assessments/satisfaction?station=${S2}`, {
      headers: await asRole('station_head', { stationId: S1 }),
    })
    expect(other.status).toBe(404)
  })

  it('lists the survey definitions', async () => {
    await createDb(env).insert(survey).values({
      id: '01JD000000000000000000SV01',
      kind: 'public',
      nameZh: '满意度短表',
      nameEn: 'Short form',
      questionZh: '您满意吗？',
      questionEn: 'Satisfied?',
    })
    const res = await exports.default.fetch('http://x/api/assessments/surveys', {
      headers: await asRole('officer', officerPlace),
    })
    expect(((await res.json()) as { surveys: unknown[] }).surveys).toHaveLength(1)
  })
})
