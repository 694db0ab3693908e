// The duty report form's checks, the same the API makes (its 400s), so each field says what is
// wrong before anything is sent: a day that has come, one to four shops of the group that served,
// and each problem with a kind and a description of at most 500 characters (at most ten).

export const PROBLEM_KINDS = ['safety_hazard', 'dispute', 'suspicious', 'other'] as const
export type ProblemKind = (typeof PROBLEM_KINDS)[number]
/** Where a problem goes once the report is on file: nowhere yet, the grid officer's tasks, or a dispute lead. */
export type HandoverChoice = 'none' | 'task' | 'dispute_lead'

export type ProblemDraft = { kind: ProblemKind | ''; description: string; handover: HandoverChoice }
export type ReportDraft = { date: string; shopIds: string[]; patrolDone: boolean; problems: ProblemDraft[] }

export type ReportError = 'required' | 'futureDay' | 'day' | 'noShop' | 'tooManyShops' | 'tooLong' | 'unknownShop'
/** `date`, `shops`, `problems.<i>.kind`, `problems.<i>.description`. */
export type ReportErrors = Record<string, ReportError>

export const MAX_SHOPS = 4
export const MAX_PROBLEMS = 10
export const MAX_DESCRIPTION = 500

/** Where a kind of problem usually goes: a quarrel to the disputes side, the rest to the grid's officer. */
export const suggestedHandover = (kind: ProblemKind | ''): HandoverChoice =>
  kind === 'dispute' ? 'dispute_lead' : kind === '' ? 'none' : 'task'

/** Every field's error (none when the report may be sent). */
export function checkReport(draft: ReportDraft, today: string): ReportErrors {
  const errors: ReportErrors = {}
  if (!draft.date) errors.date = 'required'
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = 'day'
  else if (draft.date > today) errors.date = 'futureDay'
  if (draft.shopIds.length === 0) errors.shops = 'noShop'
  else if (draft.shopIds.length > MAX_SHOPS) errors.shops = 'tooManyShops'
  draft.problems.forEach((problem, i) => {
    if (!problem.kind) errors[`problems.${i}.kind`] = 'required'
    const text = problem.description.trim()
    if (!text) errors[`problems.${i}.description`] = 'required'
    else if (text.length > MAX_DESCRIPTION) errors[`problems.${i}.description`] = 'tooLong'
  })
  return errors
}

/** What is sent: the problems without the hand-over choice (that is a second step, per problem). */
export const reportBody = (draft: ReportDraft) => ({
  date: draft.date,
  shopIds: draft.shopIds,
  patrolDone: draft.patrolDone,
  problems: draft.problems.map((p) => ({ kind: p.kind as ProblemKind, description: p.description.trim() })),
})

/** The API's 400 fields as the form's errors. */
export function errorsFromApi(fields: readonly { path: string; code?: string }[]): ReportErrors {
  const errors: ReportErrors = {}
  for (const { path, code } of fields) {
    if (path === 'date') errors.date = code === 'future_day' ? 'futureDay' : 'day'
    else if (path === 'shopIds' || path.startsWith('shopIds.'))
      errors.shops = code === 'unknown_shop' || code === 'duplicate_shop' ? 'unknownShop' : 'noShop'
    else {
      const problem = path.match(/^problems\.(\d+)\.(kind|description)$/)
      if (problem) errors[path] = problem[2] === 'kind' ? 'required' : code === 'too_big' ? 'tooLong' : 'required'
    }
  }
  return errors
}
