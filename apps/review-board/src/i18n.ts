import { boardMessages, commonMessages, createTranslator, domainMessages, mergeMessages } from '@platform/ui'

/** This app's `t()`: shared text, domain names and the board's own text. */
export const t = createTranslator(mergeMessages(commonMessages, domainMessages, boardMessages))
