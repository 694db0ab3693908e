// An inspection of a key unit against the "three fives": each item checked once, from the
// checklist; a failed item says what is wrong (it becomes an open finding), a passed one does not.

export type InspectedItem = { code: string; passed: boolean; finding?: string }
export type InspectionProblem = { path: string; code: string; message: string }

export function inspectionProblems(items: readonly InspectedItem[], checklist: readonly string[]): InspectionProblem[] {
  const known = new Set(checklist)
  const seen = new Set<string>()
  const problems: InspectionProblem[] = []
  items.forEach((item, i) => {
    if (!known.has(item.code))
      problems.push({ path: `items.${i}.code`, code: 'unknown_item', message: `${item.code} is not on the checklist` })
    else if (seen.has(item.code))
      problems.push({ path: `items.${i}.code`, code: 'duplicate_item', message: `${item.code} is checked twice` })
    seen.add(item.code)
    if (!item.passed && !item.finding)
      problems.push({
        path: `items.${i}.finding`,
        code: 'finding_required',
        message: 'a failed item says what is wrong',
      })
    if (item.passed && item.finding)
      problems.push({
        path: `items.${i}.finding`,
        code: 'finding_not_allowed',
        message: 'a passed item has no finding',
      })
  })
  return problems
}

/**
 * Why a finding cannot be fixed on `day`, or null when it can: it must be open, and the fix lies
 * between the day it was found and today.
 */
export function fixRefusal(
  finding: { status: 'open' | 'fixed'; foundOn: string },
  day: string,
  today: string,
): 'already_fixed' | 'before_found' | 'future_day' | null {
  if (finding.status === 'fixed') return 'already_fixed'
  if (day > today) return 'future_day'
  if (day < finding.foundOn) return 'before_found'
  return null
}
