import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { DisputeCategory, DisputeSource, DisputeStep } from './disputes'
import {
  DisputeIntake,
  DisputeOutcome,
  DisputeState,
  HolderRole,
  MediationChannel,
  NextStep,
  PauseReason,
  PreferredHandling,
  Referral,
} from './disputes-intake'

/** A party as staff lists show it: name and phone masked (`张*`, `138****1234`). */
export const MaskedParty = z.object({ name: z.string(), phone: z.string().nullable() })

/** One row of the ledger (台账): masked personal data, who holds it, what is due. */
export const LedgerEntry = z
  .object({
    id: Id,
    reference: z.string(),
    source: DisputeSource,
    category: DisputeCategory,
    state: DisputeState,
    step: DisputeStep,
    communityId: Id,
    stationId: Id,
    receivedAt: z.string(),
    preferredHandling: PreferredHandling,
    jurisdiction: z.enum(['police', 'not_police']).nullable(),
    complexity: z.enum(['simple', 'complex']).nullable(),
    holder: z.object({
      role: HolderRole,
      unit: Label.nullable(),
      officerId: Id.nullable(),
      name: Label.nullable(),
    }),
    next: NextStep,
    pause: z.object({ since: z.string(), reason: PauseReason }).nullable(),
    outcome: DisputeOutcome.nullable(),
    overdue: z.boolean(),
    dueSoon: z.boolean().openapi({ description: 'due within the warning time (24 h), not yet past' }),
    referral: Referral.nullable(),
    parties: z.array(MaskedParty),
    attachments: z.number().int().openapi({ description: 'how many files the citizen attached' }),
    lastProgressAt: z.string().nullable(),
    progressDue: z.boolean().openapi({ description: 'in hand, and no weekly progress entry for over 7 days' }),
    possibleDuplicateOf: z
      .object({ id: Id, reference: z.string(), decision: z.enum(['linked', 'dismissed']).nullable() })
      .nullable()
      .openapi({ description: 'an open dispute of the last 30 days with a phone or the address in common' }),
  })
  .openapi('LedgerEntry')
export type LedgerEntry = z.infer<typeof LedgerEntry>

export const Ledger = z.object({ disputes: z.array(LedgerEntry) }).openapi('Ledger')
export type Ledger = z.infer<typeof Ledger>

export const LedgerQuery = z.object({
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ param: { name: 'overdue', in: 'query' }, description: 'only disputes past their deadline' }),
  dueSoon: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ param: { name: 'dueSoon', in: 'query' }, description: 'only disputes due within the warning time' }),
})

export const DisputeIdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) })

/**
 * `POST /api/disputes/ledger/{id}/triage`: police business (simple → the grid's responsible
 * officer; complex → the team leader of the area) or not (a referral to one of the three
 * mediations, with the receiving body, its contact and, once it has one, its own reference).
 */
export const TriageDecision = z
  .discriminatedUnion('jurisdiction', [
    z.object({ jurisdiction: z.literal('police'), complexity: z.enum(['simple', 'complex']) }),
    z.object({
      jurisdiction: z.literal('not_police'),
      channel: MediationChannel,
      body: z.string().trim().min(2).max(100),
      contact: z.string().trim().min(3).max(100),
      theirReference: z.string().trim().min(1).max(60).optional(),
    }),
  ])
  .openapi('TriageDecision')
export type TriageDecision = z.infer<typeof TriageDecision>

/** `POST /api/disputes/ledger/{id}/handover`: the receiving body confirmed and gave its reference. */
export const Handover = z.object({ theirReference: z.string().trim().min(1).max(60) }).openapi('Handover')
export type Handover = z.infer<typeof Handover>

/** `POST /api/disputes/ledger/{id}/reveal`: names, phones, address and description in full. */
export const DisputeParties = z
  .object({
    id: Id,
    reference: z.string(),
    description: z.string(),
    address: z.string(),
    applicant: z.object({ name: z.string(), phone: z.string() }),
    otherParties: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
    progress: z.array(z.object({ at: z.string(), note: z.string() })),
  })
  .openapi('DisputeParties')
export type DisputeParties = z.infer<typeof DisputeParties>

/** `POST /api/disputes/ledger/{id}/pause`: the clock stops, for a reason the citizen sees. */
export const PauseRequest = z.object({ reason: PauseReason }).openapi('PauseRequest')
export type PauseRequest = z.infer<typeof PauseRequest>

/** `POST /api/disputes/ledger/{id}/close`: how it ended. */
export const CloseRequest = z
  .object({
    outcome: DisputeOutcome,
    agreementTerms: z.string().trim().min(2).max(4000).optional().openapi({
      description: 'what the parties agreed (with an agreement): printed on the mediation agreement, sealed at rest',
    }),
  })
  .openapi('CloseRequest')
export type CloseRequest = z.infer<typeof CloseRequest>

/** RPC answer of `openDisputesOf`: a dispute in an officer's task list, without personal data. */
export type HeldDispute = {
  id: string
  reference: string
  category: string
  state: DisputeState
  dueAt: string | null
  overdue: boolean
  paused: boolean
}

/**
 * `POST /api/disputes/ledger` (staff): a dispute from another source — at the counter, a police
 * call, found in the community, left over after a case — with the same fields as the online
 * intake (the citizen's consent, given in person, included). The answer carries the status link
 * to hand to the citizen.
 */
export const RecordedDispute = DisputeIntake.extend({
  source: DisputeSource.exclude(['online']),
}).openapi('RecordedDispute')
export type RecordedDispute = z.input<typeof RecordedDispute>

export const RecordedReceipt = z
  .object({ id: Id, reference: z.string(), statusUrl: z.string() })
  .openapi('RecordedReceipt')
export type RecordedReceipt = z.infer<typeof RecordedReceipt>

/** `POST /api/disputes/ledger/{id}/return-visit`: the follow-up visit after an agreement, done. */
export const ReturnVisit = z
  .object({ agreementHolds: z.boolean().openapi({ description: 'whether the parties keep to the agreement' }) })
  .openapi('ReturnVisit')
export type ReturnVisit = z.infer<typeof ReturnVisit>

/** `POST /api/disputes/ledger/{id}/progress`: the weekly progress entry (internal, sealed). */
export const ProgressEntry = z.object({ note: z.string().trim().min(2).max(2000) }).openapi('ProgressEntry')
export type ProgressEntry = z.infer<typeof ProgressEntry>
