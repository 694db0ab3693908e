/**
 * The public intake's limits and checks without zod, so the citizens' app can check a form on
 * the phone with the very numbers the server's schema uses (disputes-intake.ts builds its zod
 * schema from these) and stay small. Imported by the app as `@platform/contracts/disputes-intake-rules`.
 */

/** Mainland mobile numbers (11 digits from 13–19) or a landline with its area code. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

export const PREFERRED_HANDLING = ['at_station', 'home_visit', 'phone_call', 'no_preference'] as const

export const DISPUTE_CATEGORIES = [
  'neighbours',
  'family',
  'property_rental',
  'consumer',
  'wages',
  'traffic',
  'other',
] as const

export const INTAKE_LIMITS = {
  descriptionMin: 10,
  descriptionMax: 2000,
  addressMin: 2,
  addressMax: 200,
  nameMax: 50,
  otherPartiesMax: 4,
} as const

/** The form's fields as the app keeps them (flat, like the no-JavaScript form). */
export type IntakeDraft = {
  category: string
  description: string
  communityId: string
  address: string
  applicantName: string
  applicantPhone: string
  otherName: string
  otherPhone: string
  preferredHandling: string
  consent: boolean
}

export type IntakeFieldError = 'required' | 'too_short' | 'too_long' | 'invalid' | 'phone' | 'consent'

const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/

const text = (value: string, min: number, max: number): IntakeFieldError | null => {
  const trimmed = value.trim()
  if (trimmed.length === 0) return 'required'
  if (trimmed.length < min) return 'too_short'
  if (trimmed.length > max) return 'too_long'
  return null
}

/** Each field's first problem, as the server's schema would find it; empty when all is well. */
export function intakeDraftErrors(draft: IntakeDraft): Partial<Record<keyof IntakeDraft, IntakeFieldError>> {
  const errors: Partial<Record<keyof IntakeDraft, IntakeFieldError>> = {}
  const set = (field: keyof IntakeDraft, error: IntakeFieldError | null) => {
    if (error) errors[field] = error
  }
  set('category', (DISPUTE_CATEGORIES as readonly string[]).includes(draft.category) ? null : 'required')
  set('description', text(draft.description, INTAKE_LIMITS.descriptionMin, INTAKE_LIMITS.descriptionMax))
  set('communityId', ID_PATTERN.test(draft.communityId) ? null : 'required')
  set('address', text(draft.address, INTAKE_LIMITS.addressMin, INTAKE_LIMITS.addressMax))
  set('applicantName', text(draft.applicantName, 1, INTAKE_LIMITS.nameMax))
  const phone = draft.applicantPhone.trim()
  set('applicantPhone', phone === '' ? 'required' : PHONE_PATTERN.test(phone) ? null : 'phone')
  const otherGiven = draft.otherName.trim() !== '' || draft.otherPhone.trim() !== ''
  if (otherGiven) {
    set('otherName', text(draft.otherName, 1, INTAKE_LIMITS.nameMax))
    const otherPhone = draft.otherPhone.trim()
    if (otherPhone !== '' && !PHONE_PATTERN.test(otherPhone)) set('otherPhone', 'phone')
  }
  set(
    'preferredHandling',
    (PREFERRED_HANDLING as readonly string[]).includes(draft.preferredHandling) ? null : 'required',
  )
  set('consent', draft.consent ? null : 'consent')
  return errors
}

/**
 * Attachments to a dispute (photos, documents): at most 3, at most 5 MB each, images or PDF as
 * their content shows, whatever the name or declared type says. Uploaded one per request to the
 * status link (`POST /api/disputes/status/{secret}/attachments`), the only path with a larger body limit.
 */
export const ATTACHMENT_LIMITS = {
  maxFiles: 3,
  maxBytes: 5 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
} as const
export type AttachmentType = (typeof ATTACHMENT_LIMITS.types)[number]

/** The body limit of one upload: the file plus the multipart envelope around it. */
export const ATTACHMENT_BODY_BYTES = ATTACHMENT_LIMITS.maxBytes + 64 * 1024

/** Paths that take an attachment body (the gateway and the disputes worker give them the larger limit). */
export const ATTACHMENT_UPLOAD_PATH = /^\/api\/disputes\/status\/[^/]+\/attachments$/
