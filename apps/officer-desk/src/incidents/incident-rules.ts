import type { IncidentInput } from '@platform/contracts'
import { type Errors, parseCount } from '../outreach/form-rules'

// The incident form's checks, the same the API makes: a month that has begun, a known type and a
// whole count (its 400s); a month and type already on record is the API's 409, offered as a correction.

export type IncidentField = 'month' | 'type' | 'count'
export const MAX_INCIDENTS = 100_000
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export function checkIncident(v: Record<IncidentField, string>, currentMonth: string) {
  const errors: Errors<IncidentField> = {}
  if (!MONTH.test(v.month)) errors.month = v.month ? 'month' : 'required'
  else if (v.month > currentMonth) errors.month = 'futureMonth'
  if (!v.type) errors.type = 'required'
  const count = parseCount(v.count, MAX_INCIDENTS)
  if ('error' in count) errors.count = count.error
  if (Object.keys(errors).length > 0 || 'error' in count) return { errors }
  const input: IncidentInput = { month: v.month, type: v.type as IncidentInput['type'], count: count.value }
  return { errors, input }
}
