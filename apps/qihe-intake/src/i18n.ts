import { commonMessages, createTranslator, domainMessages, mergeMessages, qiheMessages } from '@platform/ui'
import { intakeMessages } from './intake/messages'

/** This app's `t()`: shared text, domain names and the Qihe Station's own text. */
export const t = createTranslator(mergeMessages(commonMessages, domainMessages, qiheMessages, intakeMessages))
