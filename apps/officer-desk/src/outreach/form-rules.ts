import type { CampaignInput, OutreachEventInput, OutreachGroupInput } from '@platform/contracts'

// The outreach forms' checks, the same the API makes (its 400s), so each field says what is wrong
// before anything is sent; and the API's refusals turned back into the same words on the fields.

export type FieldError =
  | 'required'
  | 'count'
  | 'text'
  | 'day'
  | 'futureDay'
  | 'month'
  | 'futureMonth'
  | 'beforeFrom'
  | 'outsideCampaign'
  | 'outsideStation'
  | 'invalid'
export type Errors<F extends string> = Partial<Record<F, FieldError>>

/** The contracts' limits: members of a group, people and leaflets of one event, a name's length. */
export const LIMITS = { members: 200_000, eventCount: 100_000, text: 120 } as const

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function parseCount(text: string, max: number): { value: number } | { error: FieldError } {
  const trimmed = text.trim()
  if (trimmed === '') return { error: 'required' }
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > max) return { error: 'count' }
  return { value: Number(trimmed) }
}

function checkText(text: string, required: boolean): FieldError | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return required ? 'required' : undefined
  return trimmed.length > LIMITS.text ? 'text' : undefined
}

function checkDay(text: string, today: string): FieldError | undefined {
  if (text === '') return 'required'
  // A real calendar day: 2026-02-30 would roll over to March, the API refuses it.
  const parsed = Date.parse(`${text}T00:00:00Z`)
  if (!DAY.test(text) || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== text) return 'day'
  return text > today ? 'futureDay' : undefined
}

/** A name in both languages: the English one may be left out, and is then the Chinese one. */
export const bilingual = (zh: string, en: string) => ({ zh: zh.trim(), en: en.trim() || zh.trim() })

/** Runs the checks, keeps the errors found, and gives the input only when there is none. */
function collect<F extends string, T>(checks: [F, FieldError | undefined][], make: () => T) {
  const errors: Errors<F> = {}
  for (const [field, error] of checks) if (error) errors[field] = error
  return Object.keys(errors).length > 0 ? { errors } : { errors, input: make() }
}

const countError = (text: string, max: number) => {
  const parsed = parseCount(text, max)
  return 'error' in parsed ? parsed.error : undefined
}

export type GroupField = 'communityId' | 'audience' | 'nameZh' | 'nameEn' | 'members'
export function checkGroup(v: Record<GroupField, string>) {
  return collect<GroupField, OutreachGroupInput>(
    [
      ['communityId', v.communityId ? undefined : 'required'],
      ['audience', v.audience ? undefined : 'required'],
      ['nameZh', checkText(v.nameZh, true)],
      ['nameEn', checkText(v.nameEn, false)],
      ['members', countError(v.members, LIMITS.members)],
    ],
    () => ({
      communityId: v.communityId,
      audience: v.audience as OutreachGroupInput['audience'],
      name: bilingual(v.nameZh, v.nameEn),
      members: Number(v.members.trim()),
    }),
  )
}

export function checkMembers(text: string) {
  return collect<'members', { members: number }>([['members', countError(text, LIMITS.members)]], () => ({
    members: Number(text.trim()),
  }))
}

export type CampaignField = 'theme' | 'nameZh' | 'nameEn' | 'from' | 'to'
/** A campaign may run into the future (it is planned); only its end may not come before its start. */
export function checkCampaign(v: Record<CampaignField, string>) {
  const far = '9999-12-31'
  const from = checkDay(v.from, far)
  const to = checkDay(v.to, far) ?? (!from && v.to < v.from ? 'beforeFrom' : undefined)
  return collect<CampaignField, CampaignInput>(
    [
      ['theme', v.theme ? undefined : 'required'],
      ['nameZh', checkText(v.nameZh, true)],
      ['nameEn', checkText(v.nameEn, false)],
      ['from', from],
      ['to', to],
    ],
    () => ({ theme: v.theme as CampaignInput['theme'], name: bilingual(v.nameZh, v.nameEn), from: v.from, to: v.to }),
  )
}

export type EventField = 'communityId' | 'date' | 'placeZh' | 'placeEn' | 'attendees' | 'leaflets'
/** An event happened: on a day not to come, within its campaign's days. */
export function checkEvent(v: Record<EventField, string>, campaign: { from: string; to: string }, today: string) {
  const day =
    checkDay(v.date, today) ?? (v.date < campaign.from || v.date > campaign.to ? 'outsideCampaign' : undefined)
  return collect<EventField, OutreachEventInput>(
    [
      ['communityId', v.communityId ? undefined : 'required'],
      ['date', day],
      ['placeZh', checkText(v.placeZh, true)],
      ['placeEn', checkText(v.placeEn, false)],
      ['attendees', countError(v.attendees, LIMITS.eventCount)],
      ['leaflets', countError(v.leaflets, LIMITS.eventCount)],
    ],
    () => ({
      communityId: v.communityId,
      date: v.date,
      place: bilingual(v.placeZh, v.placeEn),
      attendees: Number(v.attendees.trim()),
      leaflets: Number(v.leaflets.trim()),
    }),
  )
}

// The API names a field by its JSON path ("name.zh") and a code: the schema's (too_small, …) or
// the worker's own rule (future_day, future_month, outside_campaign, before_from).
const FIELD_OF_PATH: Record<string, string> = {
  'name.zh': 'nameZh',
  'name.en': 'nameEn',
  'place.zh': 'placeZh',
  'place.en': 'placeEn',
}
const COUNT_FIELDS = new Set(['members', 'attendees', 'leaflets', 'count'])
const TEXT_FIELDS = new Set(['nameZh', 'nameEn', 'placeZh', 'placeEn'])
const DAY_FIELDS = new Set(['date', 'from', 'to'])

function errorOfCode(field: string, code: string | undefined): FieldError {
  if (code === 'future_day') return 'futureDay'
  if (code === 'future_month') return 'futureMonth'
  if (field === 'month') return 'month'
  if (code === 'before_from') return 'beforeFrom'
  if (code === 'outside_campaign') return field === 'communityId' ? 'outsideStation' : 'outsideCampaign'
  if (COUNT_FIELDS.has(field)) return 'count'
  if (TEXT_FIELDS.has(field)) return code === 'too_small' ? 'required' : 'text'
  if (DAY_FIELDS.has(field)) return 'day'
  return 'invalid'
}

/** The 400's fields as the form's errors; fields the form does not have are left out. */
export function errorsFromApi<F extends string>(
  fields: readonly { path: string; code?: string }[],
  known: readonly F[],
): Errors<F> {
  const errors: Errors<F> = {}
  for (const { path, code } of fields) {
    const field = (FIELD_OF_PATH[path] ?? path) as F
    if (known.includes(field)) errors[field] = errorOfCode(field, code)
  }
  return errors
}
