import { BRANCH_RULES } from '../config'

export type TransferRefusal = { status: 409 | 422; rule: 'RULE_MIN_TENURE' | 'RULE_REPLACE_FIRST'; message: string }

/**
 * Full years in post on `today` (both YYYY-MM-DD), counted like a birthday: the fifth year is
 * complete on the fifth anniversary of the date in post, not a day before.
 */
export function fullYearsInPost(inPostSince: string, today: string): number {
  const [sy, sm, sd] = inPostSince.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  const beforeAnniversary = tm < sm || (tm === sm && td < sd)
  return ty - sy - (beforeAnniversary ? 1 : 0)
}

/**
 * A transfer request (四不准: no transfer without approval): under the minimum years in post it
 * needs an explicit override with a reason.
 */
export function checkTransferRequest(
  officer: { inPostSince: string },
  request: { override?: { reason: string } | undefined },
  today: string,
  rules: { minYearsInPost: number } = BRANCH_RULES,
): TransferRefusal | null {
  if (fullYearsInPost(officer.inPostSince, today) >= rules.minYearsInPost) return null
  if (request.override && request.override.reason.trim().length > 0) return null
  return {
    status: 422,
    rule: 'RULE_MIN_TENURE',
    message: `An officer under ${rules.minYearsInPost} years in post moves only with an override and its reason`,
  }
}

/**
 * "Replace first, then transfer" (先补充、后调离): an approved transfer completes only once another
 * officer is in post on each of the leaving officer's grids.
 */
export function checkTransferCompletion(
  leavingOfficerId: string,
  grids: readonly { gridId: string; officersInPost: readonly string[] }[],
): TransferRefusal | null {
  const uncovered = grids.filter((grid) => !grid.officersInPost.some((id) => id !== leavingOfficerId))
  if (uncovered.length === 0) return null
  return {
    status: 409,
    rule: 'RULE_REPLACE_FIRST',
    message: 'A replacement must be in post on the grid before the officer leaves',
  }
}
