import type { LedgerEntry } from '@platform/contracts'
import { Show } from 'solid-js'
import { recordReturnVisit, reopenDispute } from './api'
import { RefusalLine } from './fields'
import { tq } from './messages'
import { createStaffAction } from './staff-action'

/** After closing: the return visit when one is due (protection), and reopening within 30 days. */
export function FollowUpForm(props: { entry: LedgerEntry; onDone: () => void }) {
  const { error, busy, run } = createStaffAction(() => props.onDone())
  return (
    <div class="cluster">
      <Show when={props.entry.next.kind === 'return_visit'}>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy()}
          onClick={() => void run(() => recordReturnVisit(props.entry.id, true))}
        >
          {tq('disputes.visit.holds')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy()}
          onClick={() => void run(() => recordReturnVisit(props.entry.id, false))}
        >
          {tq('disputes.visit.broken')}
        </button>
      </Show>
      <button
        type="button"
        class="button button--secondary"
        disabled={busy()}
        onClick={() => void run(() => reopenDispute(props.entry.id))}
      >
        {tq('disputes.reopen')}
      </button>
      <RefusalLine message={error()} />
    </div>
  )
}
