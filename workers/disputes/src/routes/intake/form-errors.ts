import type { DisputeIntakeForm } from '@platform/contracts'
import type { FieldErrors } from '../../pages/intake-form-page'
import type { MessageKey } from '../../pages/messages'

type Issue = { path: PropertyKey[]; code: string }

const FIELD_OF: Record<string, keyof DisputeIntakeForm> = {
  category: 'category',
  description: 'description',
  communityId: 'communityId',
  address: 'address',
  'applicant.name': 'applicantName',
  'applicant.phone': 'applicantPhone',
  'otherParties.0.name': 'otherName',
  'otherParties.0.phone': 'otherPhone',
  preferredHandling: 'preferredHandling',
  consent: 'consent',
}

function messageOf(field: keyof DisputeIntakeForm, code: string, missing: boolean): MessageKey {
  if (field === 'consent') return 'error.consent'
  if (missing) return 'error.required'
  if (field === 'communityId') return 'error.community'
  if (field === 'applicantPhone' || field === 'otherPhone') return 'error.phone'
  if (code === 'too_small') return 'error.tooShort'
  if (code === 'too_big') return 'error.tooLong'
  return 'error.invalid'
}

/**
 * The schema's issues as the form's fields see them (the form is flat, the request nested), one
 * message per field: the first issue wins.
 */
export function formErrors(issues: readonly Issue[], values: DisputeIntakeForm): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = FIELD_OF[issue.path.map(String).join('.')]
    if (!field || errors[field]) continue
    const missing = !values[field]?.trim()
    errors[field] = messageOf(field, issue.code, missing)
  }
  return errors
}
