import type { LedgerEntry } from '@platform/contracts'
import { createSignal, Show } from 'solid-js'
import { recordReturnVisit, reopenDispute } from './api'
import { refusalText } from './Disputes'
import { tq } from './messages'

/** After closing: the return visit when one is due (protection), and reopening within 30 days. */
export function FollowUpForm(props: { entry: LedgerEntry; onDone: () => void }) {
  const [error, setError] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
      props.onDone()
    } catch (err) {
      setError(refusalText(err))
    } finally {
      setBusy(false)
    }
  }
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
      <Show when={error()}>
        {(message) => (
          <p class="state state--error" role="alert">
            {message()}
          </p>
        )}
      </Show>
    </div>
  )
}
