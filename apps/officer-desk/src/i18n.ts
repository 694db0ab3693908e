import { commonMessages, createTranslator, deskMessages, domainMessages, mergeMessages } from '@platform/ui'
import { workMessages } from './work/messages'

/** This app's `t()`: shared text, domain names and the desk's own text. */
export const t = createTranslator(mergeMessages(commonMessages, domainMessages, deskMessages, workMessages))
