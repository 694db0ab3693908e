import type { PersonalData } from '../disputes/personal-data'

/**
 * What makes two disputes look like the same matter: a phone number of any party, or the
 * address, written the same way after normalising (digits only for phones; no spaces, same
 * case, full-width digits as ASCII for addresses).
 */
export function contactKeys(personal: Pick<PersonalData, 'address' | 'applicant' | 'otherParties'>): string[] {
  const phones = [personal.applicant.phone, ...personal.otherParties.map((p) => p.phone)]
    .filter((phone): phone is string => Boolean(phone))
    .map((phone) => `phone:${phone.replace(/\D/g, '')}`)
  const address = personal.address.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
  return [...new Set([...phones, ...(address ? [`address:${address}`] : [])])]
}

/** Only open disputes received within the window are candidates (domain: "the last 30 days"). */
export function isDuplicateCandidate(
  other: { state: string; receivedAt: string },
  now: Date,
  windowDays: number,
): boolean {
  if (other.state === 'closed' || other.state === 'referred') return false
  return now.getTime() - Date.parse(other.receivedAt) <= windowDays * 24 * 60 * 60 * 1000
}

/** Whether a contact key (see contactKeys) is a phone or the address. */
export const contactKind = (key: string): 'phone' | 'address' => (key.startsWith('phone:') ? 'phone' : 'address')
