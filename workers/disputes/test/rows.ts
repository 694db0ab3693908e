import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import { type DisputeRow, dispute } from '../src/db/schema'

let serial = 0

/**
 * A dispute row written straight into the table (no intake, no audit), for figures tests: an
 * assigned dispute of station S01 unless told otherwise. The personal data is a placeholder;
 * these tests never unseal it.
 */
export async function insertDispute(fields: Partial<DisputeRow> = {}): Promise<DisputeRow> {
  serial += 1
  const n = String(serial).padStart(6, '0')
  const at = '2026-11-02T02:00:00.000Z'
  const row: DisputeRow = {
    id: `01JDROWS000000000000${n}`,
    reference: `QH-2026-R${n.slice(1)}`,
    statusSecretHash: `hash-${n}`,
    source: 'online',
    category: 'neighbours',
    communityId: '01JD0000000000000000000C01',
    stationId: '01JD0000000000000000000S01',
    gridId: '01JD0000000000000000000G01',
    personalSealed: 'not-sealed',
    preferredHandling: 'at_station',
    consentAt: at,
    state: 'assigned',
    jurisdiction: 'police',
    complexity: 'simple',
    holderRole: 'community_officer',
    holderOfficerId: '01JD0000000000000000000F01',
    holderNameZh: null,
    holderNameEn: null,
    holderUnitZh: null,
    holderUnitEn: null,
    referralChannel: null,
    referralBody: null,
    referralContact: null,
    referralTheirReference: null,
    receivedAt: at,
    step: 'mediation',
    nextKind: 'resolve',
    dueAt: '2099-01-01T00:00:00.000Z',
    triagedAt: at,
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
    updatedAt: at,
    ...fields,
  }
  await createDb(env).insert(dispute).values(row)
  return row
}
