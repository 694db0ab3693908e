import { createTranslator, defineMessages } from '@platform/ui'

// The nav's label on its own, so the desk's first load does not carry the page's words.
export const ttNav = createTranslator(
  defineMessages({ 'nav.templates': '任务模板' }, { 'nav.templates': 'Task templates' }),
)
