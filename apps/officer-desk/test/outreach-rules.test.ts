import { describe, expect, it } from 'vitest'
import { beijingMonth, beijingToday } from '../src/components/beijing-time'
import { submissionKey } from '../src/components/submission-key'
import {
  bilingual,
  checkCampaign,
  checkEvent,
  checkGroup,
  checkMembers,
  errorsFromApi,
  parseCount,
} from '../src/outreach/form-rules'

const TODAY = '2026-11-28'
const group = { communityId: 'c1', audience: 'couriers', nameZh: '快递小哥群', nameEn: '', members: '150' }
const campaign = {
  theme: 'anti_fraud',
  nameZh: '反诈进社区',
  nameEn: 'Anti-fraud',
  from: '2026-11-01',
  to: '2026-12-31',
}
const event = {
  communityId: 'c1',
  date: '2026-11-20',
  placeZh: '社区广场',
  placeEn: '',
  attendees: '60',
  leaflets: '300',
}
const window = { from: '2026-11-01', to: '2026-12-31' }

describe('outreach forms check what the API checks before sending', () => {
  it.each([
    ['0', 10, { value: 0 }],
    ['10', 10, { value: 10 }],
    [' 7 ', 10, { value: 7 }],
    ['11', 10, { error: 'count' }],
    ['-1', 10, { error: 'count' }],
    ['1.5', 10, { error: 'count' }],
    ['', 10, { error: 'required' }],
  ])('reads the count %j (at most %i) as %j', (text, max, expected) => {
    expect(parseCount(text, max)).toEqual(expected)
  })

  it('sends a group with the Chinese name standing in for a missing English one', () => {
    expect(checkGroup(group)).toEqual({
      errors: {},
      input: { communityId: 'c1', audience: 'couriers', name: { zh: '快递小哥群', en: '快递小哥群' }, members: 150 },
    })
  })

  it.each([
    ['no community', { communityId: '' }, { communityId: 'required' }],
    ['no audience', { audience: '' }, { audience: 'required' }],
    ['no name', { nameZh: '  ' }, { nameZh: 'required' }],
    ['a name over 120 characters', { nameZh: '群'.repeat(121) }, { nameZh: 'text' }],
    ['negative members', { members: '-3' }, { members: 'count' }],
    ['more members than any station has people', { members: '200001' }, { members: 'count' }],
  ])('refuses a group with %s', (_why, change, errors) => {
    expect(checkGroup({ ...group, ...change })).toEqual({ errors })
  })

  it('accepts the largest member count and refuses a blank one', () => {
    expect(checkMembers('200000').input).toEqual({ members: 200_000 })
    expect(checkMembers('').errors).toEqual({ members: 'required' })
  })

  it('lets a campaign be planned ahead but never end before it starts', () => {
    expect(checkCampaign({ ...campaign, from: '2027-01-01', to: '2027-01-01' }).errors).toEqual({})
    expect(checkCampaign({ ...campaign, to: '2026-10-31' }).errors).toEqual({ to: 'beforeFrom' })
    expect(checkCampaign({ ...campaign, from: '', theme: '' }).errors).toEqual({ from: 'required', theme: 'required' })
    expect(checkCampaign({ ...campaign, from: '2026-02-30' }).errors).toEqual({ from: 'day' })
  })

  it.each([
    ['today', TODAY, {}],
    ['the first day of the campaign', '2026-11-01', {}],
    ['tomorrow', '2026-11-29', { date: 'futureDay' }],
    ['a day before the campaign', '2026-10-31', { date: 'outsideCampaign' }],
    ['no day', '', { date: 'required' }],
  ])('records an event on %s: %j', (_why, date, errors) => {
    expect(checkEvent({ ...event, date }, window, TODAY).errors).toEqual(errors)
  })

  it('sends an event with its counts as numbers', () => {
    expect(checkEvent(event, window, TODAY).input).toEqual({
      communityId: 'c1',
      date: '2026-11-20',
      place: { zh: '社区广场', en: '社区广场' },
      attendees: 60,
      leaflets: 300,
    })
    expect(checkEvent({ ...event, leaflets: '100001' }, window, TODAY).errors).toEqual({ leaflets: 'count' })
  })

  it('keeps both names when both are given, trimmed', () => {
    expect(bilingual(' 反诈 ', ' Anti-fraud ')).toEqual({ zh: '反诈', en: 'Anti-fraud' })
  })
})

describe("the API's refusals land on the form's fields in words", () => {
  it.each([
    [{ path: 'date', code: 'future_day' }, { date: 'futureDay' }],
    [{ path: 'date', code: 'outside_campaign' }, { date: 'outsideCampaign' }],
    [{ path: 'communityId', code: 'outside_campaign' }, { communityId: 'outsideStation' }],
    [{ path: 'to', code: 'before_from' }, { to: 'beforeFrom' }],
    [{ path: 'leaflets', code: 'too_small' }, { leaflets: 'count' }],
    [{ path: 'place.zh', code: 'too_small' }, { placeZh: 'required' }],
    [{ path: 'place.en', code: 'too_big' }, { placeEn: 'text' }],
    [{ path: 'month', code: 'future_month' }, { month: 'futureMonth' }],
    [{ path: 'month', code: 'invalid_format' }, { month: 'month' }],
    [{ path: 'count', code: 'too_small' }, { count: 'count' }],
    [{ path: 'audience', code: 'invalid_value' }, { audience: 'invalid' }],
  ])('%j → %j', (field, errors) => {
    const known = ['communityId', 'date', 'to', 'leaflets', 'placeZh', 'placeEn', 'month', 'count', 'audience']
    expect(errorsFromApi([field], known)).toEqual(errors)
  })

  it('leaves out fields the form does not have', () => {
    expect(errorsFromApi([{ path: 'stationId', code: 'invalid_format' }], ['date'])).toEqual({})
  })
})

describe('one Idempotency-Key per submission', () => {
  it('keeps the key for a retry and changes it for the next submission', () => {
    let n = 0
    const key = submissionKey('event', () => String(++n))
    expect(key.current()).toBe('event-1')
    expect(key.current()).toBe('event-1')
    key.renew()
    expect(key.current()).toBe('event-2')
  })

  it('dates by Beijing time: 20:00 UTC is already the next day there', () => {
    const lateUtc = Date.parse('2026-11-30T20:00:00Z')
    expect(beijingToday(lateUtc)).toBe('2026-12-01')
    expect(beijingMonth(lateUtc)).toBe('2026-12')
  })
})
