import type { SurveyState } from '@platform/contracts'
import type { Refusal } from './handling'

/**
 * The satisfaction survey opens when a dispute is closed here (not when it is referred out: the
 * receiving body asks its own) and takes one answer per dispute.
 */
export function surveyState(dispute: { state: string }, answered: boolean): SurveyState {
  if (answered) return 'answered'
  return dispute.state === 'closed' ? 'open' : 'not_open'
}

export function checkSurvey(dispute: { state: string }, answered: boolean): Refusal | null {
  switch (surveyState(dispute, answered)) {
    case 'answered':
      return { code: 'RULE_SURVEY_ANSWERED', message: 'This dispute was rated already: one answer per dispute' }
    case 'not_open':
      return { code: 'RULE_SURVEY_NOT_OPEN', message: 'The survey opens when the dispute is closed' }
    case 'open':
      return null
  }
}

/** Scores 4 and 5 count as satisfied (the assessments worker's rate uses the same cut). */
export const isSatisfied = (score: number) => score >= 4
