import { A } from '@solidjs/router'
import { tq } from './messages'

/** The Qihe Station view's own navigation: the ledger, the roster, learning from types. */
export function QiheNav() {
  return (
    <nav aria-label={tq('disputes.subnav')}>
      <ul class="cluster plain-list">
        <li>
          <A href="/disputes" end>
            {tq('disputes.nav.ledger')}
          </A>
        </li>
        <li>
          <A href="/disputes/roster">{tq('disputes.nav.roster')}</A>
        </li>
        <li>
          <A href="/disputes/insights">{tq('disputes.nav.insights')}</A>
        </li>
      </ul>
    </nav>
  )
}
