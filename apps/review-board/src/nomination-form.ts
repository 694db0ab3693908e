import type { FileNomination, NominationKind } from '@platform/contracts'

export const NOMINATION_KINDS = ['star_of_quarter', 'annual_commendation', 'promotion_preference'] as const

export type NominationField = 'kind' | 'officerId' | 'period' | 'reason'
export type ErrorKey =
  | 'nfile.error.kind'
  | 'nfile.error.required'
  | 'nfile.error.officerId'
  | 'nfile.error.quarter'
  | 'nfile.error.year'
  | 'nfile.error.periodMismatch'
  | 'nfile.error.noSheet'
  | 'nfile.error.tooLong'
  | 'nfile.error.invalid'
/** Message keys by field (the form shows each under its input, tied by aria-describedby). */
export type FieldErrors = Partial<Record<NominationField, ErrorKey>>

const OFFICER_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/
const QUARTER = /^\d{4}-Q[1-4]$/
const YEAR = /^\d{4}$/

/** A star of the quarter rests on a quarter (2024-Q3), the other kinds on a year (2024). */
export const periodFits = (kind: NominationKind, period: string) =>
  kind === 'star_of_quarter' ? QUARTER.test(period) : YEAR.test(period)

/** What the browser can tell before asking the server: empty or malformed fields, a period not fitting the kind. */
export function checkNomination(input: { kind: string; officerId: string; period: string; reason: string }): {
  errors: FieldErrors
  body: FileNomination | null
} {
  const errors: FieldErrors = {}
  const kind = NOMINATION_KINDS.find((k) => k === input.kind)
  if (!kind) errors.kind = 'nfile.error.kind'
  if (!input.officerId) errors.officerId = 'nfile.error.required'
  else if (!OFFICER_ID.test(input.officerId)) errors.officerId = 'nfile.error.officerId'
  if (!input.period) errors.period = 'nfile.error.required'
  else if (kind && !periodFits(kind, input.period))
    errors.period = kind === 'star_of_quarter' ? 'nfile.error.quarter' : 'nfile.error.year'
  if (!input.reason.trim()) errors.reason = 'nfile.error.required'
  else if (input.reason.length > 4000) errors.reason = 'nfile.error.tooLong'
  if (!kind || Object.keys(errors).length > 0) return { errors, body: null }
  return {
    errors,
    body: { kind, officerId: input.officerId, period: input.period, reason: input.reason.trim(), declaredTies: [] },
  }
}

const FIELDS: readonly NominationField[] = ['kind', 'officerId', 'period', 'reason']

/**
 * The server's refusal as field errors where it names a field: a 400 VALIDATION_FAILED lists the
 * fields (details.fields[].path), PERIOD_MISMATCH is the period, a 404 is the officer (no score
 * sheet in the period within the actor's scope). Everything else is a form-level refusal.
 */
export function fieldErrorsOf(code: string, details: unknown): FieldErrors {
  if (code === 'PERIOD_MISMATCH') return { period: 'nfile.error.periodMismatch' }
  if (code === 'NOT_FOUND') return { officerId: 'nfile.error.noSheet' }
  if (code !== 'VALIDATION_FAILED') return {}
  const fields = (details as { fields?: { path?: unknown }[] } | null)?.fields ?? []
  const errors: FieldErrors = {}
  for (const field of fields) {
    const name = FIELDS.find((f) => f === String(field.path ?? '').split('.')[0])
    if (name) errors[name] = 'nfile.error.invalid'
  }
  return errors
}
