// The registration form's checks, the same the API makes (its 400s), so the field says what is
// wrong before the request goes: whole non-negative counts, registered never above known (a
// rate over 100 %), and no month that has not begun.

export const COUNT_FIELDS = [
  'floatingKnown',
  'floatingRegistered',
  'rentalKnown',
  'rentalRegistered',
  'illegalRentalPenalties',
] as const
export type CountField = (typeof COUNT_FIELDS)[number]
export type FormField = 'communityId' | 'month' | CountField

export type FieldError = 'required' | 'count' | 'overKnown' | 'futureMonth' | 'month' | 'invalid'
export type FormValues = Record<FormField, string>
export type Counts = Record<CountField, number>

const MAX_COUNT = 1_000_000

/** Every field's error (none when the values may be sent), and the counts as numbers. */
export function checkRegistration(values: FormValues, currentMonth: string) {
  const errors: Partial<Record<FormField, FieldError>> = {}
  if (!values.communityId) errors.communityId = 'required'
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) errors.month = values.month ? 'month' : 'required'
  else if (values.month > currentMonth) errors.month = 'futureMonth'
  const counts = {} as Counts
  for (const field of COUNT_FIELDS) {
    const text = values[field].trim()
    const n = Number(text)
    if (text === '') errors[field] = 'required'
    else if (!/^\d+$/.test(text) || n > MAX_COUNT) errors[field] = 'count'
    else counts[field] = n
  }
  if (!errors.floatingRegistered && !errors.floatingKnown && counts.floatingRegistered > counts.floatingKnown)
    errors.floatingRegistered = 'overKnown'
  if (!errors.rentalRegistered && !errors.rentalKnown && counts.rentalRegistered > counts.rentalKnown)
    errors.rentalRegistered = 'overKnown'
  return { errors, counts }
}

/** The API's 400 fields as the form's errors (registered above known is the one the form words itself). */
export function errorsFromApi(fields: readonly { path: string; code?: string }[]) {
  const errors: Partial<Record<FormField, FieldError>> = {}
  for (const { path, code } of fields) {
    const field = path as FormField
    if (field === 'month') errors.month = code === 'future_month' ? 'futureMonth' : 'month'
    else if (field === 'floatingRegistered' || field === 'rentalRegistered')
      errors[field] = code === 'custom' ? 'overKnown' : 'count'
    else if ((COUNT_FIELDS as readonly string[]).includes(field)) errors[field] = 'count'
    else if (field === 'communityId') errors.communityId = 'invalid'
  }
  return errors
}
