import type { TaskCadence } from '@platform/contracts'
import type { RuleRefusal } from './meeting-overrides'
import { addDays } from './shanghai-time'
import { type Period, periodOf } from './task-periods'

/** What an edit does to a template: changed where it stands, or a new version from the next period on. */
export type TemplateEdit = { how: 'in_place' } | { how: 'new_version'; validFrom: string }

/**
 * How an edit applies. Lists already made from the template keep what they were (their title,
 * standard and evidence come from the template row they point to), so a template with lists gets a
 * new version that starts after the current period; one with no list yet is simply changed.
 * A retired template is closed: it is not edited back into use (RULE_TEMPLATE_RETIRED).
 */
export function planTemplateEdit(
  template: { active: boolean; cadence: TaskCadence },
  hasLists: boolean,
  today: string,
): TemplateEdit | RuleRefusal {
  if (!template.active)
    return { rule: 'RULE_TEMPLATE_RETIRED', message: 'A retired template is not edited; add a new one instead' }
  if (!hasLists) return { how: 'in_place' }
  return { how: 'new_version', validFrom: addDays(periodOf(template.cadence, today).end, 1) }
}

/** Whether a version makes an item for a period: the period starts on or after its first day. */
export const makesItemsFor = (template: { validFrom: string | null }, period: Period) =>
  template.validFrom === null || period.start >= template.validFrom
