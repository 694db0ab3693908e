import type { DisputeIntake, DisputeSource, IntakeReceipt } from '@platform/contracts'
import type { StoredAnswer } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { desc, eq, inArray } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { DUPLICATE_WINDOW_DAYS, disputeDeadlines, qiheStation } from '../config'
import type { Db } from '../db'
import { dispute, disputeContact, disputeEvent } from '../db/schema'
import { deadlineFor } from '../rules/deadlines'
import { contactKeys, contactKind, isDuplicateCandidate } from '../rules/duplicates'
import { newReference } from '../rules/reference'
import { hashStatusSecret, newStatusSecret } from '../rules/status-secret'
import { contactDigest } from './contact-index'
import { newId } from './new-id'
import { sealPersonal } from './personal-data'

export type Remember = (answer: StoredAnswer) => Promise<BatchItem<'sqlite'>[]>
type Intake = Omit<DisputeIntake, 'otherParties'> & { otherParties: { name: string; phone?: string | undefined }[] }

export const statusPath = (secret: string) => `/api/disputes/status/${secret}`

/** A reference is random: on the rare clash with an earlier one, draw again. */
const REFERENCE_ATTEMPTS = 3

/**
 * Stores a new dispute from the public intake: sealed personal data, the reference, the hash of
 * the status secret, the first timeline entry (received, held by the Qihe Station's desk, first
 * contact due in 72 h) and the audit row, in one batch with the idempotency record.
 */
export async function createDispute(
  db: Db,
  input: {
    intake: Intake
    place: { stationId: string; gridId: string | null }
    dataKey: string
    requestId: string
    /** Online by default; staff record the other sources (counter, police call, community, after a case). */
    source?: DisputeSource
    /** Who records it: `public` for the online intake, else the staff member's id. */
    actorId?: string
    /** Staff get the dispute's id in the answer too (the public receipt holds no id). */
    withId?: boolean
  },
  remember: Remember,
): Promise<StoredAnswer> {
  const { intake, place } = input
  const personal = {
    description: intake.description,
    address: intake.address,
    applicant: intake.applicant,
    otherParties: intake.otherParties.map((p) => ({ name: p.name, phone: p.phone ?? null })),
  }
  const contacts = await Promise.all(
    contactKeys(personal).map(async (key) => ({
      digest: await contactDigest(key, input.dataKey),
      kind: contactKind(key),
    })),
  )
  const digests = contacts.map((contact) => contact.digest)
  const duplicateOf = await findPossibleDuplicate(db, digests, new Date())
  for (let attempt = 1; ; attempt++) {
    const now = new Date()
    const id = newId(now.getTime())
    const secret = newStatusSecret()
    const receipt: IntakeReceipt = { reference: newReference(now), statusUrl: statusPath(secret) }
    const answer = { status: 201, body: input.withId ? { id, ...receipt } : receipt }
    const personalSealed = await sealPersonal(personal, input.dataKey, id)
    const at = now.toISOString()
    const holder = {
      holderRole: 'qihe_desk' as const,
      holderUnitZh: qiheStation.name.zh,
      holderUnitEn: qiheStation.name.en,
    }
    const statements = [
      ...(await remember(answer)),
      db.insert(dispute).values({
        id,
        reference: receipt.reference,
        statusSecretHash: await hashStatusSecret(secret),
        source: input.source ?? 'online',
        category: intake.category,
        communityId: intake.communityId,
        stationId: place.stationId,
        gridId: place.gridId,
        personalSealed,
        possibleDuplicateOf: duplicateOf,
        preferredHandling: intake.preferredHandling,
        consentAt: at,
        state: 'received',
        ...holder,
        receivedAt: at,
        nextKind: 'first_contact',
        dueAt: deadlineFor('first_contact', now, disputeDeadlines).toISOString(),
        updatedAt: at,
      }),
      db.insert(disputeEvent).values({ id: newId(now.getTime()), disputeId: id, at, kind: 'received', ...holder }),
      ...contacts.map((contact) => db.insert(disputeContact).values({ disputeId: id, ...contact })),
    ]
    try {
      await writeWithAudit(db, statements, {
        actorId: input.actorId ?? 'public',
        action: 'dispute.intake',
        entity: 'dispute',
        entityId: id,
        requestId: input.requestId,
        after: {
          reference: receipt.reference,
          category: intake.category,
          communityId: intake.communityId,
          source: input.source ?? 'online',
        },
      })
      return answer
    } catch (err) {
      if (attempt < REFERENCE_ATTEMPTS && /dispute\.reference/.test(String((err as Error)?.message))) continue
      throw err
    }
  }
}

/**
 * The most recent open dispute of the window that shares a phone or the address (by digest):
 * flagged on the new one for staff to link, never merged.
 */
async function findPossibleDuplicate(db: Db, digests: string[], now: Date): Promise<string | null> {
  if (digests.length === 0) return null
  const candidates = await db
    .select({ id: dispute.id, state: dispute.state, receivedAt: dispute.receivedAt })
    .from(disputeContact)
    .innerJoin(dispute, eq(dispute.id, disputeContact.disputeId))
    .where(inArray(disputeContact.digest, digests))
    .orderBy(desc(dispute.receivedAt))
  return candidates.find((other) => isDuplicateCandidate(other, now, DUPLICATE_WINDOW_DAYS))?.id ?? null
}
