import type { Label, RefusedAssignment } from '@platform/contracts'
import { formatDay, label, locale, RequestError } from '@platform/ui'
import { beijingDate } from '../components/beijing-time'
import { t } from '../i18n'

type Key = Parameters<typeof t>[0]

/** A RULE_* code in words (the code itself when the desk has no text for it yet). */
export function ruleName(code: string): string {
  const key = `work.rule.${code}` as Key
  const text = t(key)
  return text === key ? code : text
}

/** What the user reads after a failed action: the rule named, the fields to fix, or the code. */
export function failureText(error: unknown): string {
  if (!(error instanceof RequestError)) return t('work.error.other', { code: 'UNKNOWN' })
  if (error.code.startsWith('RULE_')) return t('work.error.rule', { rule: ruleName(error.code) })
  const fields = (error.details as { fields?: { path: string }[] } | undefined)?.fields
  if (error.code === 'VALIDATION_FAILED' && fields?.length)
    return t('work.error.field', { fields: fields.map((f) => f.path).join(', ') })
  return t('work.error.other', { code: error.code })
}

/** One refused assignment on record: when, whom (the id when the roster has no name), what, which rule. */
export function refusalLine(refusal: RefusedAssignment, officerName: Label | undefined): string {
  return t('work.assign.refusalLine', {
    date: formatDay(beijingDate(refusal.attemptedAt), locale()),
    officer: officerName ? label(officerName) : refusal.officerId,
    kind: t(`work.kind.${refusal.kind}`),
    rule: ruleName(refusal.rule),
  })
}
