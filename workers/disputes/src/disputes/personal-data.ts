import { seal, unseal } from '@platform/auth'

/** What a citizen typed about people and places: sealed as one value per dispute. */
export type PersonalData = {
  description: string
  address: string
  applicant: { name: string; phone: string }
  otherParties: { name: string; phone: string | null }[]
}

/** Sealed with the dispute's id as associated data: copied into another row, it does not open. */
export const sealPersonal = (data: PersonalData, key: string, disputeId: string) =>
  seal(JSON.stringify(data), key, disputeId)

export const unsealPersonal = async (sealed: string, key: string, disputeId: string): Promise<PersonalData> =>
  JSON.parse(await unseal(sealed, key, disputeId)) as PersonalData
