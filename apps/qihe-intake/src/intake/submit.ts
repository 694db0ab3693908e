import type { AttachmentsReceipt, IntakeReceipt } from '@platform/contracts'
import type { IntakeDraft } from '@platform/contracts/disputes-intake-rules'
import { errorFromBody, RequestError } from '@platform/ui'

/**
 * Sends the draft as the JSON intake. The key is made once per form and kept across retries, so
 * a second tap or a retry after a dropped answer cannot create a second dispute.
 */
export async function submitIntake(draft: IntakeDraft, idempotencyKey: string): Promise<IntakeReceipt> {
  const other = draft.otherName.trim()
    ? [{ name: draft.otherName, ...(draft.otherPhone.trim() ? { phone: draft.otherPhone } : {}) }]
    : []
  let response: Response
  try {
    response = await fetch('/api/disputes/intake', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
      credentials: 'same-origin',
      body: JSON.stringify({
        category: draft.category,
        description: draft.description,
        communityId: draft.communityId,
        address: draft.address,
        applicant: { name: draft.applicantName, phone: draft.applicantPhone },
        otherParties: other,
        preferredHandling: draft.preferredHandling,
        consent: draft.consent,
      }),
    })
  } catch (cause) {
    throw new RequestError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) })
  }
  const text = await response.text()
  if (!response.ok) throw errorFromBody(response.status, text)
  return JSON.parse(text) as IntakeReceipt
}

/** The server names nested paths (`applicant.phone`); the form's fields are flat. */
const FIELD_OF: Record<string, keyof IntakeDraft> = {
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

export function serverFieldErrors(error: unknown): (keyof IntakeDraft)[] {
  if (!(error instanceof RequestError) || error.status !== 400) return []
  const fields = (error.details as { fields?: { path: string }[] } | undefined)?.fields ?? []
  return fields.map((field) => FIELD_OF[field.path]).filter((field): field is keyof IntakeDraft => !!field)
}

/** Uploads one attachment to the dispute through its status link (one file per request). */
export async function uploadAttachment(statusUrl: string, file: File): Promise<AttachmentsReceipt> {
  const form = new FormData()
  form.append('file', file)
  let response: Response
  try {
    response = await fetch(`${statusUrl}/attachments`, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      body: form,
    })
  } catch (cause) {
    throw new RequestError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) })
  }
  const text = await response.text()
  if (!response.ok) throw errorFromBody(response.status, text)
  return JSON.parse(text) as AttachmentsReceipt
}
