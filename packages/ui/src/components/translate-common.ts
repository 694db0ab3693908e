import { commonMessages } from '../i18n/messages/common'
import { createTranslator } from '../i18n/store'

/** Translator for the shared components' own text (shell, states). */
export const tc = createTranslator(commonMessages)
