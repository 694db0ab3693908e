import type { Label } from '@platform/contracts'
import type { DisputeRow } from '../db/schema'

const label = (zh: string | null, en: string | null): Label | null => (zh !== null && en !== null ? { zh, en } : null)

/** The holder as the citizen sees it: a role and a unit, never a person's name or phone. */
export const publicHolder = (row: Pick<DisputeRow, 'holderRole' | 'holderUnitZh' | 'holderUnitEn'>) => ({
  role: row.holderRole,
  unit: label(row.holderUnitZh, row.holderUnitEn),
})

/** The holder as staff see it: the officer's id and name too. */
export const staffHolder = (row: DisputeRow) => ({
  ...publicHolder(row),
  officerId: row.holderOfficerId,
  name: label(row.holderNameZh, row.holderNameEn),
})

export const referralOf = (row: DisputeRow) =>
  row.referralChannel && row.referralBody && row.referralContact
    ? {
        channel: row.referralChannel,
        body: row.referralBody,
        contact: row.referralContact,
        theirReference: row.referralTheirReference,
      }
    : null
