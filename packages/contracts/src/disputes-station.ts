import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { Agency, Arrangement, DisputeCategory } from './disputes'

// The Qihe Station beyond a single dispute: the citizen's satisfaction answer, the printable
// agreement, the station roster, duplicate links and what the station learns from types.

/** A score 1 (very dissatisfied) … 5 (very satisfied). */
export const DisputeSurveyScore = z.number().int().min(1).max(5)

/** `POST /api/disputes/status/{secret}/survey` (JSON): the citizen's one answer after closure. */
export const SurveyAnswer = z.object({ score: DisputeSurveyScore }).openapi('SurveyAnswer')
export type SurveyAnswer = z.infer<typeof SurveyAnswer>

/** The same answer from a plain HTML form (no JavaScript): the radio button's value as text. */
export const SurveyAnswerForm = z.object({ score: z.string().max(2).optional() }).openapi('SurveyAnswerForm')

/** Whether the survey is open on the status page: only after closure, once per dispute. */
export const SurveyState = z.enum(['not_open', 'open', 'answered'])
export type SurveyState = z.infer<typeof SurveyState>

export const SurveyReceipt = z
  .object({
    recorded: z.literal(true),
    forwarded: z.boolean().openapi({
      description: 'false when the assessments service was down: the answer is kept and forwarded later',
    }),
  })
  .openapi('SurveyReceipt')
export type SurveyReceipt = z.infer<typeof SurveyReceipt>

/** A party in full, as the mediation agreement prints it. */
const AgreementParty = z.object({ name: z.string(), phone: z.string().nullable() })

/** `POST /api/disputes/ledger/{id}/agreement`: the mediation agreement, generated from the record. */
export const MediationAgreement = z
  .object({
    id: Id,
    reference: z.string(),
    category: DisputeCategory,
    communityId: Id,
    stationId: Id,
    receivedAt: z.string(),
    closedAt: z.string(),
    applicant: AgreementParty,
    otherParties: z.array(AgreementParty),
    address: z.string(),
    description: z.string(),
    terms: z.string().nullable().openapi({ description: 'null when the terms were not typed in: written by hand' }),
    mediator: z.object({ unit: Label.nullable(), name: Label.nullable() }),
    station: Label,
  })
  .openapi('MediationAgreement')
export type MediationAgreement = z.infer<typeof MediationAgreement>

/** ISO weekdays, 1 Monday … 7 Sunday. */
export const IsoWeekday = z.number().int().min(1).max(7)

/** A member of the station's staff as staff see and keep it. */
export const QiheRosterMember = z
  .object({
    id: Id,
    name: Label,
    agency: Agency,
    arrangement: Arrangement,
    position: Label,
    weekdays: z.array(IsoWeekday).openapi({ description: 'the days a rotating member is at the station' }),
    active: z.boolean(),
  })
  .openapi('QiheRosterMember')
export type QiheRosterMember = z.infer<typeof QiheRosterMember>

export const QiheRoster = z.object({ staff: z.array(QiheRosterMember) }).openapi('QiheRoster')
export type QiheRoster = z.infer<typeof QiheRoster>

const ShortLabel = z.object({ zh: z.string().trim().min(1).max(40), en: z.string().trim().min(1).max(80) })

/** `POST /api/disputes/staff` and `PUT /api/disputes/staff/{id}`: a member of the roster. */
export const QiheRosterInput = z
  .object({
    name: ShortLabel,
    agency: Agency,
    arrangement: Arrangement,
    position: ShortLabel,
    weekdays: z
      .array(IsoWeekday)
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'each weekday once')
      .default([1, 2, 3, 4, 5]),
    active: z.boolean().default(true),
  })
  .openapi('QiheRosterInput')
export type QiheRosterInput = z.input<typeof QiheRosterInput>

export const StaffIdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) })

/** Per agency on one day: how many are at the station and how many are on call. */
const AgencyPresence = z.object({ agency: Agency, present: z.number().int(), onCall: z.number().int() })

/**
 * `GET /api/disputes/public/qihe/today`: who is at the station today and which agencies on the
 * coming days. Counts by agency only: no names, no phones.
 */
export const QiheToday = z
  .object({
    date: z.string().openapi({ example: '2026-11-30' }),
    workingDay: z.boolean(),
    agencies: z.array(AgencyPresence),
    week: z.array(z.object({ date: z.string(), workingDay: z.boolean(), agencies: z.array(Agency) })),
  })
  .openapi('QiheToday')
export type QiheToday = z.infer<typeof QiheToday>

/** `POST /api/disputes/ledger/{id}/duplicate`: staff link the flagged dispute or dismiss the flag. */
export const DuplicateDecision = z
  .object({
    decision: z.enum(['linked', 'dismissed']),
    reason: z.string().trim().min(2).max(500),
  })
  .openapi('DuplicateDecision')
export type DuplicateDecision = z.infer<typeof DuplicateDecision>

export const InsightsQuery = z.object({
  months: z.coerce.number().int().min(1).max(24).default(12).optional(),
})

/** A group of disputes sharing a party's phone or the address (matched by keyed digest). */
const RepeatGroup = z.object({
  references: z.array(z.object({ id: Id, reference: z.string() })),
  communityIds: z.array(Id),
})

/** `GET /api/disputes/insights`: learning from types ("one case → one type of case"), for staff. */
export const DisputeInsights = z
  .object({
    since: z.string(),
    repeatAddresses: z.array(RepeatGroup),
    repeatParties: z.array(RepeatGroup),
    recurringTypes: z.array(z.object({ communityId: Id, category: DisputeCategory, count: z.number().int() })),
    communities: z.array(
      z.object({
        communityId: Id,
        received: z.number().int(),
        open: z.number().int(),
        settled: z.number().int(),
        overdue: z.number().int(),
        referred: z.number().int(),
      }),
    ),
  })
  .openapi('DisputeInsights')
export type DisputeInsights = z.infer<typeof DisputeInsights>
