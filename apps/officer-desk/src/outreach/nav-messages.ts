import { createTranslator, defineMessages } from '@platform/ui'

// The nav's two labels on their own, so the desk's first load does not carry the pages' words.
export const tpNav = createTranslator(
  defineMessages(
    { 'nav.outreach': '宣防工作', 'nav.incidents': '社区警情' },
    { 'nav.outreach': 'Outreach', 'nav.incidents': 'Incidents' },
  ),
)
