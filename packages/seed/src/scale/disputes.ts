import { createHash, randomBytes } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'
import { auditLog, dispute, disputeContact, disputeEvent } from '../../../../workers/disputes/src/db/schema'
import { contactKeys } from '../../../../workers/disputes/src/rules/duplicates'
import { DISPUTE_CATEGORIES, PREFERRED_HANDLING } from '../../../contracts/src/disputes-intake-rules'
import type { Rng } from '../prng'
import { createUlid } from '../ulid'
import { auditChain } from './audit-chain'
import type { DistrictIds } from './district-ids'
import { contactDigestSync, sealSync } from './fast-crypto'
import { inserter } from './insert'
import { progress } from './progress'

// Disputes over the last two years, written as the disputes worker writes them: personal data
// sealed with the worker's DISPUTES_DATA_KEY (row id as associated data), only the SHA-256 of
// each status secret, keyed contact digests, the timeline and the chained intake audit row.

const DAY = 86_400_000
const HOUR = 3_600_000
const CHUNK = 5_000
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const UNIT = { holderUnitZh: '祈和驿站', holderUnitEn: 'Qihe Station' } as const

export type ScaleDisputesOptions = { count: number; days: number; now: number; dataKey: string; rng: Rng }

/** A reference no random draw will repeat: the dispute's number, spread over the code space. */
function reference(index: number, receivedAt: number) {
  let n = (index * 2_654_435_761) % 1_073_741_824
  let code = ''
  for (let i = 0; i < 6; i++) {
    code = CROCKFORD.charAt(n % 32) + code
    n = Math.floor(n / 32)
  }
  return `QH-${new Date(receivedAt + 8 * HOUR).getUTCFullYear()}-${code}`
}

type State = 'received' | 'assigned' | 'referral_pending' | 'referred' | 'closed'
function stateFor(rng: Rng, ageDays: number): State {
  const r = rng.next()
  if (ageDays > 30) return r < 0.85 ? 'closed' : r < 0.95 ? 'referred' : 'assigned'
  return r < 0.3 ? 'received' : r < 0.7 ? 'assigned' : r < 0.8 ? 'referred' : 'closed'
}

const phone = (rng: Rng) => `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`

/** Writes the disputes; returns a sample of status secrets (the only copy: the database keeps hashes). */
export function writeScaleDisputes(db: DatabaseSync, ids: DistrictIds, options: ScaleDisputesOptions) {
  const { rng, now, count } = options
  const bar = progress('disputes', count)
  const disputes = inserter(db, dispute)
  const events = inserter(db, disputeEvent)
  const contacts = inserter(db, disputeContact)
  const audits = inserter(db, auditLog)
  const nextAudit = auditChain(db)
  const secrets: string[] = []
  for (let start = 0; start < count; start += CHUNK) {
    const drafts = Array.from({ length: Math.min(CHUNK, count - start) }, (_, i) => {
      const index = start + i
      // Oldest first, so ids, received times and audit rows grow together.
      const receivedAt = now - options.days * DAY + Math.floor(((index + rng.next()) / count) * options.days * DAY)
      const id = createUlid(rng, receivedAt)()
      const place = rng.pick(ids.communities)
      const personal = {
        description: `邻里纠纷描述 ${index}：楼上漏水，协商未果。`,
        address: `幸福路${rng.int(1, 300)}号${rng.int(1, 30)}栋${rng.int(101, 2802)}室`,
        applicant: { name: `申请人${index}`, phone: phone(rng) },
        otherParties: [{ name: `对方${index}`, phone: rng.next() < 0.6 ? phone(rng) : null }],
      }
      return { index, id, receivedAt, place, personal, state: stateFor(rng, (now - receivedAt) / DAY) }
    })
    for (const d of drafts) {
      const personalSealed = sealSync(JSON.stringify(d.personal), options.dataKey, d.id)
      const digests = contactKeys(d.personal).map((key) => contactDigestSync(key, options.dataKey))
      const secret = randomBytes(32).toString('base64url')
      if (secrets.length < 1_000 && d.state !== 'closed') secrets.push(secret)
      const at = new Date(d.receivedAt).toISOString()
      const later = (hours: number) => new Date(Math.min(now, d.receivedAt + hours * HOUR)).toISOString()
      const officerId = d.place.gridId ? (ids.responsibleOf.get(d.place.gridId) ?? null) : null
      const held = d.state === 'assigned' || d.state === 'closed'
      const referred = d.state === 'referred'
      const closed = d.state === 'closed'
      disputes.add({
        id: d.id,
        reference: reference(d.index, d.receivedAt),
        statusSecretHash: createHash('sha256').update(secret).digest('hex'),
        source: rng.next() < 0.7 ? 'online' : rng.pick(['counter', 'police_call', 'community'] as const),
        category: rng.pick(DISPUTE_CATEGORIES),
        communityId: d.place.id,
        stationId: d.place.stationId,
        gridId: d.place.gridId,
        personalSealed,
        preferredHandling: rng.pick(PREFERRED_HANDLING),
        consentAt: at,
        state: d.state,
        jurisdiction: d.state === 'received' ? null : referred ? 'not_police' : 'police',
        complexity: held ? 'simple' : null,
        holderRole: held ? 'community_officer' : referred ? 'referred' : 'qihe_desk',
        holderOfficerId: held ? officerId : null,
        referralChannel: referred ? 'peoples' : null,
        referralBody: referred ? '人民调解委员会' : null,
        receivedAt: at,
        step: closed ? 'protection' : held ? 'mediation' : 'screening',
        nextKind: closed ? 'none' : d.state === 'received' ? 'first_contact' : referred ? 'none' : 'resolve',
        dueAt: closed || referred ? null : later(d.state === 'received' ? 72 : 7 * 24),
        triagedAt: d.state === 'received' ? null : later(20),
        outcome: closed ? 'agreement' : null,
        closedAt: closed ? later(5 * 24) : null,
        updatedAt: closed ? later(5 * 24) : at,
      })
      const event = (kind: typeof disputeEvent.$inferInsert.kind, when: string, n: number) =>
        events.add({
          id: `${d.id.slice(0, 25)}${n}`,
          disputeId: d.id,
          at: when,
          kind,
          holderRole: 'qihe_desk',
          ...UNIT,
        })
      event('received', at, 0)
      if (held) event('assigned', later(20), 1)
      if (referred) event('referred', later(20), 1)
      if (closed) event('closed', later(5 * 24), 2)
      for (const digest of digests) contacts.add({ disputeId: d.id, digest })
      audits.add(
        nextAudit({
          at,
          actorId: 'public',
          action: 'dispute.intake',
          entity: 'dispute',
          entityId: d.id,
          requestId: `scale-${d.index}`,
          after: { reference: reference(d.index, d.receivedAt), communityId: d.place.id },
        }),
      )
    }
    bar.tick(drafts.length)
  }
  const written = disputes.finish()
  events.finish()
  contacts.finish()
  audits.finish()
  bar.done()
  return { written, secrets }
}
