// Shop edits checked as the API checks them: a shop closed on all seven days could never take its
// turn (400 always_closed), names are 1–120 characters in both languages, and a new shop joins at
// the end of the street's turn order.

export const NAME_MAX = 120

export const closedDaysError = (days: readonly number[]) => (new Set(days).size >= 7 ? 'alwaysClosed' : null)

/** The place after the last shop of the group (0 for the first). */
export const nextPosition = (shops: readonly { position: number }[]) =>
  shops.reduce((last, shop) => Math.max(last, shop.position + 1), 0)

export type ShopDraft = { nameZh: string; nameEn: string; closedWeekdays: number[] }
export type ShopError = 'required' | 'tooLongName' | 'alwaysClosed'

export function checkShop(draft: ShopDraft) {
  const errors: Partial<Record<keyof ShopDraft, ShopError>> = {}
  for (const field of ['nameZh', 'nameEn'] as const) {
    const text = draft[field].trim()
    if (!text) errors[field] = 'required'
    else if (text.length > NAME_MAX) errors[field] = 'tooLongName'
  }
  if (closedDaysError(draft.closedWeekdays)) errors.closedWeekdays = 'alwaysClosed'
  return errors
}
