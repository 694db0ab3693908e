import { contactDigest } from '../../../workers/disputes/src/disputes/contact-index'
import { sealPersonal } from '../../../workers/disputes/src/disputes/personal-data'
import { contactKeys, contactKind } from '../../../workers/disputes/src/rules/duplicates'
import { hashStatusSecret, newStatusSecret } from '../../../workers/disputes/src/rules/status-secret'
import type { DisputeDraft } from './disputes'
import { SeedError } from './seed-error'
import type { Row } from './tables'

// The writer's half of the seeded disputes: sealing needs the disputes worker's data key, so the
// generator stays pure and this runs at write time, with the worker's own sealing and contact-
// index code (the same functions the intake calls), so a seeded dispute is stored exactly as a
// submitted one: personal data sealed with the row id as associated data, phones and address only
// as keyed digests.

/**
 * DISPUTES_DATA_KEY from the environment workers/disputes/wrangler.toml gets locally, i.e. the
 * `workers/disputes/.dev.vars` the start script writes (getPlatformProxy reads it).
 */
export function disputesDataKey(env: Record<string, unknown>): string {
  const key = env.DISPUTES_DATA_KEY
  if (typeof key !== 'string' || key === '') {
    throw new SeedError(
      'DISPUTES_DATA_KEY is missing from workers/disputes/.dev.vars, so the seeded disputes cannot be sealed. ' +
        'Run the start script once (`npm start`), which writes it, then seed again.',
    )
  }
  return key
}

export async function disputeRows(
  drafts: readonly DisputeDraft[],
  dataKey: string,
): Promise<{ dispute: Row<'disputes', 'dispute'>[]; disputeContact: Row<'disputes', 'disputeContact'>[] }> {
  const dispute: Row<'disputes', 'dispute'>[] = []
  const disputeContact: Row<'disputes', 'disputeContact'>[] = []
  for (const { personal, ...row } of drafts) {
    let personalSealed: string
    try {
      personalSealed = await sealPersonal(personal, dataKey, row.id)
    } catch (err) {
      throw new SeedError(`DISPUTES_DATA_KEY in workers/disputes/.dev.vars is not usable: ${(err as Error).message}`)
    }
    // A status secret nobody holds: seeded disputes were not submitted online, no citizen has the link.
    dispute.push({ ...row, personalSealed, statusSecretHash: await hashStatusSecret(newStatusSecret()) })
    for (const key of contactKeys(personal)) {
      disputeContact.push({ disputeId: row.id, digest: await contactDigest(key, dataKey), kind: contactKind(key) })
    }
  }
  return { dispute, disputeContact }
}
