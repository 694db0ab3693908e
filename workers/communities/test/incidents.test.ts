import { exports } from 'cloudflare:workers'
import type { ErrorBody, IncidentRecord } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { addMonths, monthOfDay, shanghaiDay } from '../src/rules/calendar'
import { communities, insertFixture, stations } from './fixture'

beforeAll(insertFixture)

const head = () => asRole('station_head', { stationId: stations.qianmen })
const base = (communityId: string) => `http://communities/api/communities/communities/${communityId}/incidents`
async function send(method: string, url: string, body: unknown, headers?: Record<string, string>) {
  const response = await exports.default.fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(headers ?? (await head())) },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json<IncidentRecord & ErrorBody>() }
}

describe('incidents per community, month and type', () => {
  it('records a month of one type, refuses it twice (409) and corrects it with PUT', async () => {
    const first = await send('POST', base(communities.xianyukou), { month: '2026-09', type: 'theft', count: 7 })
    expect(first.status).toBe(201)
    const twice = await send('POST', base(communities.xianyukou), { month: '2026-09', type: 'theft', count: 8 })
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('INCIDENT_EXISTS')
    const fixed = await send('PUT', `${base(communities.xianyukou)}/2026-09/theft`, { count: 8 })
    expect(fixed.body).toEqual({ communityId: communities.xianyukou, month: '2026-09', type: 'theft', count: 8 })
    const list = await exports.default.fetch(base(communities.xianyukou), { headers: await head() })
    expect((await list.json<{ incidents: IncidentRecord[] }>()).incidents).toEqual([fixed.body])
  })

  it('accepts the same month for another type (nearest pass)', async () => {
    expect(
      (await send('POST', base(communities.xianyukou), { month: '2026-09', type: 'telecom_fraud', count: 0 })).status,
    ).toBe(201)
  })

  it.each([
    { why: 'a negative count', body: { month: '2026-08', type: 'theft', count: -1 } },
    { why: 'an unknown type', body: { month: '2026-08', type: 'arson', count: 1 } },
    { why: 'a month that does not exist', body: { month: '2026-13', type: 'theft', count: 1 } },
    {
      why: 'a month to come',
      body: { month: addMonths(monthOfDay(shanghaiDay(new Date())), 1), type: 'theft', count: 1 },
    },
  ])('refuses $why with 400', async ({ body }) => {
    expect((await send('POST', base(communities.xianyukou), body)).status).toBe(400)
  })

  it('answers 404 for an unknown or another station’s community, or a month not on record', async () => {
    expect(
      (await send('POST', base(communities.beixinqiao), { month: '2026-08', type: 'theft', count: 1 })).status,
    ).toBe(404)
    expect(
      (await send('POST', base('01JD0000000000000000000C99'), { month: '2026-08', type: 'theft', count: 1 })).status,
    ).toBe(404)
    expect((await send('PUT', `${base(communities.xianyukou)}/2026-01/theft`, { count: 1 })).status).toBe(404)
  })

  it('lets only the station head and team leaders record incidents', async () => {
    const officer = await asRole('officer', { stationId: stations.qianmen, officerId: '01JD00000000000000000000E1' })
    expect(
      (await send('POST', base(communities.dashilan), { month: '2026-08', type: 'theft', count: 1 }, officer)).status,
    ).toBe(403)
  })
})
