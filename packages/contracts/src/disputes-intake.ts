import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { DisputeCategory, DisputeStep } from './disputes'
import { INTAKE_LIMITS, PHONE_PATTERN, PREFERRED_HANDLING } from './disputes-intake-rules'

export { INTAKE_LIMITS, PHONE_PATTERN }

/** How the citizen would like the dispute to be handled first. */
export const PreferredHandling = z.enum(PREFERRED_HANDLING)
export type PreferredHandling = z.infer<typeof PreferredHandling>

const PersonName = z.string().trim().min(1).max(INTAKE_LIMITS.nameMax)
const Phone = z.string().trim().regex(PHONE_PATTERN, 'must be a mobile number or a landline with area code')

export const Applicant = z.object({ name: PersonName, phone: Phone })
export const OtherParty = z.object({ name: PersonName, phone: Phone.optional() })

/**
 * `POST /api/disputes/intake` (public, JSON): a citizen's dispute. The first contact is the
 * applicant; other parties may come without a phone. Consent to the privacy notice is required:
 * without it nothing is stored (400).
 */
export const DisputeIntake = z
  .object({
    category: DisputeCategory,
    description: z.string().trim().min(INTAKE_LIMITS.descriptionMin).max(INTAKE_LIMITS.descriptionMax),
    communityId: Id,
    address: z.string().trim().min(INTAKE_LIMITS.addressMin).max(INTAKE_LIMITS.addressMax),
    applicant: Applicant,
    otherParties: z.array(OtherParty).max(INTAKE_LIMITS.otherPartiesMax).default([]),
    preferredHandling: PreferredHandling,
    consent: z.literal(true, { error: 'consent to the privacy notice is required' }),
  })
  .openapi('DisputeIntake')
export type DisputeIntake = z.input<typeof DisputeIntake>

/**
 * The same request as a plain HTML form posts it (no JavaScript): flat fields, one other party,
 * the idempotency key in a hidden field (a form cannot set headers).
 */
export const DisputeIntakeForm = z
  .object({
    category: z.string().optional(),
    description: z.string().optional(),
    communityId: z.string().optional(),
    address: z.string().optional(),
    applicantName: z.string().optional(),
    applicantPhone: z.string().optional(),
    otherName: z.string().optional(),
    otherPhone: z.string().optional(),
    preferredHandling: z.string().optional(),
    consent: z.string().optional(),
    idempotencyKey: z.string().optional(),
  })
  .openapi('DisputeIntakeForm')
export type DisputeIntakeForm = z.infer<typeof DisputeIntakeForm>

/** The flat form as the JSON request, so both go through one schema. */
export function intakeFromForm(form: DisputeIntakeForm): Record<string, unknown> {
  const blank = (value: string | undefined) => (value?.trim() ? value : undefined)
  const otherName = blank(form.otherName)
  const otherPhone = blank(form.otherPhone)
  return {
    category: blank(form.category),
    description: form.description,
    communityId: blank(form.communityId),
    address: form.address,
    applicant: { name: form.applicantName, phone: form.applicantPhone },
    otherParties: otherName || otherPhone ? [{ name: otherName, phone: otherPhone }] : [],
    preferredHandling: blank(form.preferredHandling),
    consent: form.consent === 'on' || form.consent === 'true' || form.consent === 'yes',
  }
}

/** 201 answer: the reference to quote to staff, and the private status link (holds a secret). */
export const IntakeReceipt = z
  .object({
    reference: z.string().openapi({ example: 'QH-2026-7K3M9P' }),
    statusUrl: z.string().openapi({ example: '/api/disputes/status/…' }),
  })
  .openapi('IntakeReceipt')
export type IntakeReceipt = z.infer<typeof IntakeReceipt>

export const StatusSecretParam = z.object({
  secret: z.string().openapi({ param: { name: 'secret', in: 'path' } }),
})

/** Who holds a dispute, as the citizen and the staff lists see it: a role and a unit. */
export const HolderRole = z.enum(['qihe_desk', 'community_officer', 'team_leader', 'station', 'referred'])
export type HolderRole = z.infer<typeof HolderRole>

export const MediationChannel = z.enum(['peoples', 'judicial', 'public_security'])
export type MediationChannel = z.infer<typeof MediationChannel>

export const DisputeState = z.enum(['received', 'assigned', 'referral_pending', 'referred', 'closed'])
export type DisputeState = z.infer<typeof DisputeState>

export const TimelineKind = z.enum([
  'received',
  'assigned',
  'escalated',
  'referred',
  'handed_over',
  'paused',
  'resumed',
  'closed',
  'return_visit',
  'reopened',
])
export type TimelineKind = z.infer<typeof TimelineKind>

export const Referral = z.object({
  channel: MediationChannel,
  body: z.string(),
  contact: z.string(),
  theirReference: z.string().nullable(),
})
export type Referral = z.infer<typeof Referral>

/** Why handling is paused (the clock stops): fixed reasons, so no internal note reaches the citizen. */
export const PauseReason = z.enum(['waiting_for_party', 'waiting_for_documents', 'party_unreachable', 'cooling_off'])
export type PauseReason = z.infer<typeof PauseReason>

/** How a dispute ended. */
export const DisputeOutcome = z.enum(['agreement', 'withdrawn', 'to_court', 'no_agreement'])
export type DisputeOutcome = z.infer<typeof DisputeOutcome>

/** What is next for the dispute and by when (null when nothing is due). */
export const NextStep = z.object({
  kind: z.enum(['first_contact', 'resolve', 'handover', 'return_visit', 'none']),
  dueAt: z.string().nullable(),
})

/**
 * `GET /api/disputes/status/{secret}`: the citizen's timeline in plain words. No internal notes,
 * no staff member's phone; parties masked.
 */
export const DisputeStatus = z
  .object({
    reference: z.string(),
    category: DisputeCategory,
    state: DisputeState,
    step: DisputeStep,
    receivedAt: z.string(),
    holder: z.object({ role: HolderRole, unit: Label.nullable() }),
    next: NextStep,
    pause: z.object({ since: z.string(), reason: PauseReason }).nullable(),
    outcome: DisputeOutcome.nullable(),
    referral: Referral.nullable(),
    parties: z.array(z.object({ name: z.string() })),
    attachments: z.array(z.object({ type: z.string(), bytes: z.number().int() })),
    survey: z.enum(['not_open', 'open', 'answered']).openapi({
      description: 'the satisfaction survey: open once the dispute is closed, one answer per dispute',
    }),
    timeline: z.array(
      z.object({
        at: z.string(),
        kind: TimelineKind,
        detail: z.string().nullable().openapi({ description: 'the pause reason or the outcome, as a code' }),
        holder: z.object({ role: HolderRole, unit: Label.nullable() }).nullable(),
      }),
    ),
  })
  .openapi('DisputeStatus')
export type DisputeStatus = z.infer<typeof DisputeStatus>

/** `POST /api/disputes/status/{secret}/attachments` (JSON answer): the dispute's attachments now. */
export const AttachmentsReceipt = z
  .object({ attachments: z.array(z.object({ type: z.string(), bytes: z.number().int() })) })
  .openapi('AttachmentsReceipt')
export type AttachmentsReceipt = z.infer<typeof AttachmentsReceipt>

/**
 * `GET /api/disputes/public/figures`: disputes received per month and kind, for the public.
 * Aggregates only; a cell under the minimum is `null` (suppressed), so no small group can be
 * told apart.
 */
export const PublicDisputeFigures = z
  .object({
    minimumCell: z.number().int(),
    months: z.array(
      z.object({
        month: z.string().openapi({ example: '2026-11' }),
        categories: z.array(z.object({ category: DisputeCategory, count: z.number().int().nullable() })),
      }),
    ),
    communities: z
      .array(z.object({ communityId: z.string(), count: z.number().int().nullable() }))
      .openapi({ description: 'disputes received per community over the same months, small counts suppressed' }),
  })
  .openapi('PublicDisputeFigures')
export type PublicDisputeFigures = z.infer<typeof PublicDisputeFigures>
