import type { IntakeDraft } from '@platform/contracts/disputes-intake-rules'

const KEY = 'qihe-intake-draft'

/**
 * The half-filled form kept on the device, so a reload or a wrong tap loses nothing. In session
 * storage: it goes when the tab closes, so a shared phone does not keep one person's dispute for
 * the next. Consent is never kept: it is given again for each submission.
 */
export function loadDraft(): Partial<IntakeDraft> {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Partial<IntakeDraft>
    const { consent: _, ...rest } = saved
    return rest
  } catch {
    return {}
  }
}

export function saveDraft(draft: IntakeDraft) {
  try {
    const { consent: _, ...rest } = draft
    sessionStorage.setItem(KEY, JSON.stringify(rest))
  } catch {
    // Storage full or switched off: the form still works, only without the draft.
  }
}

export function clearDraft() {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // nothing kept, nothing to clear
  }
}
