import { boardMessages, commonMessages, createTranslator, domainMessages, mergeMessages } from '@platform/ui'
import { caseMessages } from './messages'
import { moreMessages } from './more-messages'

/** This app's `t()`: shared text, domain names, the board's own text and its exemption cases. */
export const t = createTranslator(
  mergeMessages(commonMessages, domainMessages, boardMessages, caseMessages, moreMessages),
)

const KNOWN_RULES = [
  'RULE_QUORUM',
  'RULE_MAJORITY',
  'RULE_DEDUCTION_NOT_RECORDED',
  'RULE_HAPPENED_IN_FUTURE',
  'POINTS_OUT_OF_RANGE',
  'RECUSED',
  'NOT_ON_PANEL',
  'VOTE_ALREADY_CAST',
  'CASE_DECIDED',
  'VALIDATION_FAILED',
  'RULE_APPEAL_UNDECIDED',
  'RULE_ONE_APPEAL',
  'RULE_APPEAL_WINDOW',
  'RULE_APPEAL_PANEL',
  'RULE_QUOTA',
  'RULE_ONE_STAR',
  'RULE_NO_SNAPSHOT',
  'NOMINATION_DECIDED',
  'NOMINATED_ALREADY',
  'CONSEQUENCE_DECIDED',
  'FORBIDDEN',
] as const

/** A refusal named in the user's language (the rule's code kept in the text for support). */
export function ruleText(code: string): string {
  const known = KNOWN_RULES.find((k) => k === code)
  return known ? t(`rule.${known}`) : t('rule.other', { code })
}
