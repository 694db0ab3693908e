import { createTranslator, defineMessages } from '@platform/ui'

/** The nav entry alone: it loads with the desk, the page's own text only when the page opens. */
export const defenceNavMessages = defineMessages({ 'defence.nav': '十户联防' }, { 'defence.nav': 'Joint defence' })
export const tjNav = createTranslator(defenceNavMessages)
