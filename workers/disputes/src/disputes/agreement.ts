import { unseal } from '@platform/auth'
import type { MediationAgreement } from '@platform/contracts'
import { qiheStation } from '../config'
import type { DisputeRow } from '../db/schema'
import { unsealPersonal } from './personal-data'

/** Associated data of the sealed terms: this dispute, this field (a value copied elsewhere does not open). */
export const agreementAad = (disputeId: string) => `${disputeId}:agreement`

/**
 * The mediation agreement (调解协议书) as generated from the record: the parties in full, the
 * matter, the terms (or blank lines to write them by hand), who mediated, the dates.
 */
export async function agreementOf(row: DisputeRow, dataKey: string): Promise<MediationAgreement> {
  const personal = await unsealPersonal(row.personalSealed, dataKey, row.id)
  const label = (zh: string | null, en: string | null) => (zh !== null && en !== null ? { zh, en } : null)
  return {
    id: row.id,
    reference: row.reference,
    category: row.category as MediationAgreement['category'],
    communityId: row.communityId,
    stationId: row.stationId,
    receivedAt: row.receivedAt,
    closedAt: row.closedAt as string,
    applicant: personal.applicant,
    otherParties: personal.otherParties,
    address: personal.address,
    description: personal.description,
    terms: row.agreementSealed ? await unseal(row.agreementSealed, dataKey, agreementAad(row.id)) : null,
    mediator: { unit: label(row.holderUnitZh, row.holderUnitEn), name: label(row.holderNameZh, row.holderNameEn) },
    station: { zh: qiheStation.name.zh, en: qiheStation.name.en },
  }
}
