import type { Label } from './names'
import type { Rng } from './prng'
import type { Row } from './tables'

// A year of disputes at the Qihe Station (祈和驿站), so the ledger, the overdue lists, the
// learning-from-types view and the public statistics have something to show on first start.
// Deterministic: times are fixed relative to DISPUTES_UNTIL, never to the clock. The citizens'
// names, phones and address are drafted here in clear and sealed by the writer with the disputes
// worker's own code and key (disputes-rows.ts), exactly as the intake stores them.

/** The last day with seeded disputes (Beijing); a year before it is the first. */
export const DISPUTES_UNTIL = '2026-11-27'
export const SEEDED_DISPUTES = 300

type DisputeRow = Row<'disputes', 'dispute'>
type EventRow = Row<'disputes', 'disputeEvent'>

/** What a citizen told about people and places, as the worker's PersonalData (sealed by the writer). */
export type PersonalDraft = {
  description: string
  address: string
  applicant: { name: string; phone: string }
  otherParties: { name: string; phone: string | null }[]
}
/** A dispute row before sealing: the personal data in clear instead of its sealed form and status hash. */
export type DisputeDraft = Omit<DisputeRow, 'personalSealed' | 'statusSecretHash'> & { personal: PersonalDraft }

type Community = { id: string; stationId: string; nameZh: string }
type Responsible = { officerId: string; name: Label }

const HOUR = 3_600_000
const DAY = 24 * HOUR
const CATEGORIES = [
  ['neighbours', 30],
  ['property_rental', 20],
  ['family', 15],
  ['consumer', 12],
  ['wages', 10],
  ['traffic', 8],
  ['other', 5],
] as const
const SOURCES = [
  ['online', 40],
  ['counter', 25],
  ['police_call', 20],
  ['community', 10],
  ['after_case', 5],
] as const
const OUTCOMES = [
  ['agreement', 70],
  ['withdrawn', 12],
  ['to_court', 9],
  ['no_agreement', 9],
] as const
const HANDLING = ['at_station', 'home_visit', 'phone_call', 'no_preference'] as const

const STORY: Record<(typeof CATEGORIES)[number][0], readonly string[]> = {
  neighbours: ['楼上漏水，多次沟通未果。', '邻居在楼道堆放杂物，影响通行。', '夜间噪音扰民，双方发生口角。'],
  property_rental: ['房东不退押金。', '物业费争议，物业停止服务。', '租客拖欠三个月房租。'],
  family: ['赡养老人费用分担有争议。', '兄弟之间因老房继承产生矛盾。'],
  consumer: ['预付卡商家关门，无法退款。', '网购商品质量问题，商家拒绝退货。'],
  wages: ['装修工人被拖欠工资。', '餐馆员工离职后工资未结清。'],
  traffic: ['胡同里剐蹭车辆，赔偿金额谈不拢。', '电动自行车撞人，责任有争议。'],
  other: ['院内停车位归属有争议。', '宠物狗咬伤路人。'],
}
const RECEIVING = [
  { channel: 'peoples', body: '东城区某街道人民调解委员会', contact: '010-6400 0001' },
  { channel: 'judicial', body: '东城区人民法院诉前调解中心', contact: '010-6400 0002' },
  { channel: 'public_security', body: '派出所治安调解室', contact: '010-6400 0003' },
] as const

function weighted<T extends string>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0)
  let roll = rng.next() * total
  for (const [value, weight] of table) {
    roll -= weight
    if (roll < 0) return value
  }
  return (table.at(-1) as readonly [T, number])[0]
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const reference = (rng: Rng, at: number) =>
  `QH-${new Date(at + 8 * HOUR).getUTCFullYear()}-${Array.from({ length: 6 }, () => CROCKFORD.charAt(rng.int(0, 31))).join('')}`
const phone = (rng: Rng) => `1${rng.pick(['3', '5', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`

export type SeededDisputes = { dispute: DisputeDraft[]; disputeEvent: EventRow[] }

/**
 * Disputes over the year up to DISPUTES_UNTIL: categories, sources and outcomes in realistic
 * shares; most from a few busy communities (so recurring kinds and repeat addresses show);
 * older ones settled or referred, recent ones open — a few past their deadline.
 */
export function generateDisputes(
  rng: Rng,
  newId: () => string,
  nextName: () => Label,
  communities: readonly Community[],
  responsibleOf: (communityId: string) => (Responsible & { gridId: string }) | null,
  count = SEEDED_DISPUTES,
): SeededDisputes {
  const until = Date.parse(`${DISPUTES_UNTIL}T10:00:00+08:00`)
  const busy = rng.shuffle(communities).slice(0, 6)
  const usedReferences = new Set<string>()
  const earlier: { communityId: string; address: string; phone: string }[] = []
  const dispute: DisputeDraft[] = []
  const disputeEvent: EventRow[] = []
  for (let i = 0; i < count; i++) {
    // Spread over the year, a little busier in recent months.
    const ageDays = Math.floor(365 * rng.next() ** 1.3)
    const receivedMs = until - ageDays * DAY - rng.int(0, 9) * HOUR
    const receivedAt = new Date(receivedMs).toISOString()
    const community = rng.next() < 0.55 ? rng.pick(busy) : rng.pick(communities)
    const category = weighted(rng, CATEGORIES)
    const source = weighted(rng, SOURCES)
    let ref = reference(rng, receivedMs)
    while (usedReferences.has(ref)) ref = reference(rng, receivedMs)
    usedReferences.add(ref)
    // About one in ten comes back: the same address or a party's phone as an earlier one here.
    const repeat = rng.next() < 0.1 ? earlier.filter((e) => e.communityId === community.id).at(-1) : undefined
    const building = `${rng.int(1, 30)}号院${rng.int(1, 6)}号楼${rng.int(1, 4)}单元${rng.int(101, 1802)}室`
    const personal: PersonalDraft = {
      description: rng.pick(STORY[category]),
      address: repeat && rng.next() < 0.5 ? repeat.address : `${community.nameZh}${building}`,
      applicant: { name: nextName().zh, phone: repeat ? repeat.phone : phone(rng) },
      otherParties: rng.next() < 0.8 ? [{ name: nextName().zh, phone: rng.next() < 0.6 ? phone(rng) : null }] : [],
    }
    earlier.push({ communityId: community.id, address: personal.address, phone: personal.applicant.phone })
    const id = newId()
    const event = (at: number, kind: EventRow['kind'], extra: Partial<EventRow> = {}): EventRow => ({
      id: newId(),
      disputeId: id,
      at: new Date(at).toISOString(),
      kind,
      detail: null,
      holderRole: null,
      holderUnitZh: null,
      holderUnitEn: null,
      ...extra,
    })
    const desk = { holderRole: 'qihe_desk' as const, holderUnitZh: '祈和驿站', holderUnitEn: 'Qihe Station' }
    disputeEvent.push(event(receivedMs, 'received', desk))
    const responsible = responsibleOf(community.id)
    const base: DisputeDraft = {
      id,
      reference: ref,
      source,
      category,
      communityId: community.id,
      stationId: community.stationId,
      gridId: responsible?.gridId ?? null,
      personal,
      preferredHandling: rng.pick(HANDLING),
      consentAt: receivedAt,
      state: 'received',
      jurisdiction: null,
      complexity: null,
      ...desk,
      holderOfficerId: null,
      holderNameZh: null,
      holderNameEn: null,
      referralChannel: null,
      referralBody: null,
      referralContact: null,
      referralTheirReference: null,
      receivedAt,
      step: 'screening',
      nextKind: 'first_contact',
      dueAt: new Date(receivedMs + 72 * HOUR).toISOString(),
      triagedAt: null,
      possibleDuplicateOf: null,
      pausedAt: null,
      pauseReason: null,
      outcome: null,
      closedAt: null,
      returnVisitAt: null,
      agreementSealed: null,
      duplicateDecision: null,
      duplicateDecidedAt: null,
      duplicateDecidedBy: null,
      duplicateReasonSealed: null,
      updatedAt: receivedAt,
    }
    // Waiting at the desk: only the newest few; one in three of those is past its 72 hours.
    if (ageDays <= 4 && rng.next() < 0.5) {
      if (rng.next() < 0.35) base.dueAt = new Date(until - rng.int(2, 20) * HOUR).toISOString()
      dispute.push(base)
      continue
    }
    const triagedMs = receivedMs + rng.int(2, 60) * HOUR
    const triagedAt = new Date(triagedMs).toISOString()
    const police = responsible !== null && rng.next() < 0.72
    if (!police) {
      const to = rng.pick(RECEIVING)
      const handedOver = ageDays > 3 || rng.next() < 0.4
      const unit = { holderUnitZh: to.body, holderUnitEn: to.body }
      Object.assign(base, {
        state: handedOver ? 'referred' : 'referral_pending',
        jurisdiction: 'not_police',
        holderRole: handedOver ? 'referred' : 'qihe_desk',
        ...unit,
        referralChannel: to.channel,
        referralBody: to.body,
        referralContact: to.contact,
        referralTheirReference: handedOver ? `TJ-${rng.int(10_000, 99_999)}` : null,
        step: 'mediation',
        nextKind: handedOver ? 'none' : 'handover',
        // The hand-over is due one working day after triage; a pending one of last week is overdue.
        dueAt: handedOver ? null : new Date(triagedMs + DAY).toISOString(),
        triagedAt,
        updatedAt: triagedAt,
      } satisfies Partial<DisputeDraft>)
      disputeEvent.push(event(triagedMs, 'referred', { holderRole: 'referred', ...unit }))
      if (handedOver)
        disputeEvent.push(event(triagedMs + rng.int(2, 20) * HOUR, 'handed_over', { holderRole: 'referred', ...unit }))
      dispute.push(base)
      continue
    }
    const complex = rng.next() < 0.2
    const officer = responsible as Responsible
    const holder = {
      holderRole: 'community_officer' as const,
      holderOfficerId: officer.officerId,
      holderNameZh: officer.name.zh,
      holderNameEn: officer.name.en,
      holderUnitZh: '社区民警',
      holderUnitEn: 'Community police',
    }
    const dueMs = triagedMs + (complex ? 20 : 7) * DAY
    Object.assign(base, {
      state: 'assigned',
      jurisdiction: 'police',
      complexity: complex ? 'complex' : 'simple',
      ...holder,
      step: 'mediation',
      nextKind: 'resolve',
      dueAt: new Date(dueMs).toISOString(),
      triagedAt,
      updatedAt: triagedAt,
    } satisfies Partial<DisputeDraft>)
    disputeEvent.push(
      event(triagedMs, 'assigned', {
        holderRole: 'community_officer',
        holderUnitZh: '社区民警',
        holderUnitEn: 'Community police',
      }),
    )
    // Still open: recent ones, and a few older ones left past their deadline (the overdue list).
    const stillOpen = ageDays <= (complex ? 20 : 7) || rng.next() < 0.03
    if (stillOpen) {
      dispute.push(base)
      continue
    }
    const closedMs = Math.min(dueMs - rng.int(1, 48) * HOUR, until - HOUR)
    const outcome = weighted(rng, OUTCOMES)
    const visitDue = closedMs + 14 * DAY
    const visited = outcome === 'agreement' && visitDue < until
    Object.assign(base, {
      state: 'closed',
      outcome,
      closedAt: new Date(closedMs).toISOString(),
      step: outcome === 'agreement' ? 'protection' : 'mediation',
      nextKind: outcome === 'agreement' && !visited ? 'return_visit' : 'none',
      dueAt: outcome === 'agreement' && !visited ? new Date(visitDue).toISOString() : null,
      returnVisitAt: visited ? new Date(visitDue).toISOString() : null,
      updatedAt: new Date(visited ? visitDue : closedMs).toISOString(),
    } satisfies Partial<DisputeDraft>)
    const unit = {
      holderRole: 'community_officer' as const,
      holderUnitZh: '社区民警',
      holderUnitEn: 'Community police',
    }
    disputeEvent.push(event(closedMs, 'closed', { detail: outcome, ...unit }))
    if (visited) disputeEvent.push(event(visitDue, 'return_visit', { detail: 'agreement_holds', ...unit }))
    dispute.push(base)
  }
  return { dispute, disputeEvent }
}
