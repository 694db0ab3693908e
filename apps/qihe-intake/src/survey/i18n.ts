import { commonMessages, createTranslator, domainMessages, mergeMessages, qiheMessages } from '@platform/ui'
import { intakeMessages } from '../intake/messages'
import { surveyMessages } from './messages'

/** The survey page's `t()`: the app's text plus the survey's own, which only its lazy chunk carries. */
export const t = createTranslator(
  mergeMessages(commonMessages, domainMessages, qiheMessages, intakeMessages, surveyMessages),
)
