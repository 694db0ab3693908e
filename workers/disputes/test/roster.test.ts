import { env, exports } from 'cloudflare:workers'
import { ErrorBody, QiheRoster, QiheRosterMember, QiheToday } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { agenciesOn, presenceOn, weekAhead } from '../src/rules/roster'

// 02:00Z is 10:00 in Beijing. 2026-11-30 is a Monday, 2026-12-02 a Wednesday, 2026-10-01 National Day,
// 2026-10-10 a make-up Saturday, 2026-11-28 an ordinary Saturday.
const member = (arrangement: 'resident' | 'rotating' | 'on_call', weekdays = [1, 2, 3, 4, 5], active = true) => ({
  agency: 'court' as const,
  arrangement,
  weekdays,
  active,
})

describe('who is at the station on a day (resident / rotating / on call)', () => {
  it.each([
    { who: 'resident', m: member('resident'), at: '2026-11-30T02:00:00Z', presence: 'present' },
    { who: 'resident on National Day', m: member('resident'), at: '2026-10-01T02:00:00Z', presence: 'away' },
    { who: 'resident on a make-up Saturday', m: member('resident'), at: '2026-10-10T02:00:00Z', presence: 'present' },
    { who: 'resident on an ordinary Saturday', m: member('resident'), at: '2026-11-28T02:00:00Z', presence: 'away' },
    {
      who: 'rotating on a listed Wednesday',
      m: member('rotating', [3]),
      at: '2026-12-02T02:00:00Z',
      presence: 'present',
    },
    { who: 'rotating on an unlisted Monday', m: member('rotating', [3]), at: '2026-11-30T02:00:00Z', presence: 'away' },
    {
      who: 'rotating on a listed Thursday that is a holiday',
      m: member('rotating', [4]),
      at: '2026-10-01T02:00:00Z',
      presence: 'away',
    },
    { who: 'on call on a working day', m: member('on_call'), at: '2026-11-30T02:00:00Z', presence: 'on_call' },
    { who: 'on call on a holiday', m: member('on_call'), at: '2026-10-01T02:00:00Z', presence: 'away' },
    { who: 'a resident who left', m: member('resident', [1], false), at: '2026-11-30T02:00:00Z', presence: 'away' },
    // Sunday 23:30 UTC is already Monday 07:30 in Beijing.
    {
      who: 'resident late Sunday UTC (Monday in Beijing)',
      m: member('resident'),
      at: '2026-11-29T23:30:00Z',
      presence: 'present',
    },
  ] as const)('$who → $presence', ({ m, at, presence }) => {
    expect(presenceOn(m, new Date(at))).toBe(presence)
  })

  it('counts per agency, every agency listed', () => {
    const staff = [
      { ...member('resident'), agency: 'police' as const },
      { ...member('rotating', [1]), agency: 'police' as const },
      { ...member('on_call'), agency: 'justice_bureau' as const },
    ]
    expect(agenciesOn(staff, new Date('2026-11-30T02:00:00Z'), ['police', 'court', 'justice_bureau'])).toEqual([
      { agency: 'police', present: 2, onCall: 0 },
      { agency: 'court', present: 0, onCall: 0 },
      { agency: 'justice_bureau', present: 0, onCall: 1 },
    ])
  })

  it('lists the agencies at the station on the coming days', () => {
    const staff = [member('rotating', [3])]
    const week = weekAhead(staff, new Date('2026-11-30T02:00:00Z'), ['court'], 4)
    expect(week).toEqual([
      { date: '2026-11-30', workingDay: true, agencies: [] },
      { date: '2026-12-01', workingDay: true, agencies: [] },
      { date: '2026-12-02', workingDay: true, agencies: ['court'] },
      { date: '2026-12-03', workingDay: true, agencies: [] },
    ])
  })
})

const send = async (method: string, path: string, body: unknown, headers: Record<string, string>) =>
  exports.default.fetch(`http://x/api/disputes/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const judge = {
  name: { zh: '周法官', en: 'Judge Zhou' },
  agency: 'court',
  arrangement: 'rotating',
  position: { zh: '法官', en: 'Judge' },
  weekdays: [2, 4],
}

describe('the roster API', () => {
  it('a mediator adds a member once per key, changes the days, and the public sees counts only', async () => {
    const headers = { ...(await asRole('mediator')), 'Idempotency-Key': 'roster-add-judge-zhou' }
    const added = await send('POST', 'staff', judge, headers)
    expect(added.status).toBe(201)
    const member = QiheRosterMember.parse(await added.json())
    expect(member).toMatchObject({ weekdays: [2, 4], active: true })
    const again = await send('POST', 'staff', judge, headers)
    expect(QiheRosterMember.parse(await again.json()).id).toBe(member.id)
    const count = await env.DB.prepare("SELECT COUNT(*) AS n FROM qihe_staff WHERE name_en = 'Judge Zhou'").first()
    expect(count).toEqual({ n: 1 })

    const changed = await send('PUT', `staff/${member.id}`, { ...judge, weekdays: [5, 1] }, await asRole('mediator'))
    expect(QiheRosterMember.parse(await changed.json()).weekdays).toEqual([1, 5])
    const roster = QiheRoster.parse(
      await (
        await exports.default.fetch('http://x/api/disputes/staff/roster', { headers: await asRole('mediator') })
      ).json(),
    )
    expect(roster.staff.find((m) => m.id === member.id)?.weekdays).toEqual([1, 5])

    const audit = await env.DB.prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .bind(member.id)
      .all<{ action: string }>()
    expect(audit.results.map((r) => r.action)).toEqual(['qihe.staff.add', 'qihe.staff.update'])

    const publicToday = await exports.default.fetch('http://x/api/disputes/public/qihe/today')
    const text = await publicToday.text()
    const body = QiheToday.parse(JSON.parse(text))
    expect(body.agencies.map((a) => a.agency)).toEqual(['police', 'procuratorate', 'court', 'justice_bureau'])
    expect(body.week).toHaveLength(7)
    expect(text).not.toContain('Zhou')
    expect(text).not.toContain('周法官')
  })

  it.each([
    { why: 'a weekday 8', body: { ...judge, weekdays: [8] } },
    { why: 'a weekday twice', body: { ...judge, weekdays: [2, 2] } },
    { why: 'an unknown agency', body: { ...judge, agency: 'army' } },
    { why: 'no name', body: { ...judge, name: { zh: '', en: '' } } },
  ])('refuses $why (400)', async ({ body }) => {
    const res = await send('POST', 'staff', body, {
      ...(await asRole('mediator')),
      'Idempotency-Key': `k-${Math.random()}`,
    })
    expect(res.status).toBe(400)
    ErrorBody.parse(await res.json())
  })

  it('an unknown member → 404; a station head may read but not change (403)', async () => {
    const unknown = await send('PUT', 'staff/01JD0000000000000000000ZZZ', judge, await asRole('mediator'))
    expect(unknown.status).toBe(404)
    const head = await asRole('station_head', { stationId: '01JD0000000000000000000S01' })
    expect((await send('POST', 'staff', judge, { ...head, 'Idempotency-Key': 'roster-head-1' })).status).toBe(403)
  })
})

describe('the no-JavaScript intake page', () => {
  it('shows who is at the station today by agency, without names', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/intake/form')
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('data-testid="today"')
    expect(page).toMatch(/今天谁在驿站/)
    expect(page).not.toContain('周法官')
  })
})
