import type { DisputeOutcome, LedgerEntry, PauseReason } from '@platform/contracts'
import { createSignal, For, Show } from 'solid-js'
import { addProgress, closeDispute, pauseDispute, resumeDispute } from './api'
import { RefusalLine } from './fields'
import { tq } from './messages'
import { createStaffAction } from './staff-action'

const REASONS: PauseReason[] = ['waiting_for_party', 'waiting_for_documents', 'party_unreachable', 'cooling_off']
const OUTCOMES: DisputeOutcome[] = ['agreement', 'withdrawn', 'to_court', 'no_agreement']

/**
 * Pause (with a reason the citizen reads), resume, or close with the outcome. The server lets
 * only whoever holds the dispute do it and names the rule when it refuses.
 */
export function HandleForm(props: { entry: LedgerEntry; onDone: () => void }) {
  const id = (name: string) => `${name}-${props.entry.id}`
  const [reason, setReason] = createSignal<PauseReason>('waiting_for_party')
  const [outcome, setOutcome] = createSignal<DisputeOutcome>('agreement')
  const [note, setNote] = createSignal('')
  const [terms, setTerms] = createSignal('')
  const { error, busy, run } = createStaffAction(() => props.onDone())
  return (
    <div class="stack">
      <Show
        when={props.entry.pause}
        fallback={
          <form
            class="cluster"
            onSubmit={(e) => {
              e.preventDefault()
              void run(() => pauseDispute(props.entry.id, reason()))
            }}
          >
            <label class="visually-hidden" for={id('reason')}>
              {tq('disputes.pause.reason')}
            </label>
            <select
              class="input"
              id={id('reason')}
              value={reason()}
              onChange={(e) => setReason(e.currentTarget.value as PauseReason)}
            >
              <For each={REASONS}>{(r) => <option value={r}>{tq(`disputes.reason.${r}`)}</option>}</For>
            </select>
            <button type="submit" class="button button--secondary" disabled={busy()}>
              {tq('disputes.pause.submit')}
            </button>
          </form>
        }
      >
        <button
          type="button"
          class="button button--secondary"
          disabled={busy()}
          onClick={() => void run(() => resumeDispute(props.entry.id))}
        >
          {tq('disputes.resume.submit')}
        </button>
      </Show>
      <form
        class="cluster"
        onSubmit={(e) => {
          e.preventDefault()
          void run(() => closeDispute(props.entry.id, outcome(), terms()))
        }}
      >
        <label class="visually-hidden" for={id('outcome')}>
          {tq('disputes.close.outcome')}
        </label>
        <select
          class="input"
          id={id('outcome')}
          value={outcome()}
          onChange={(e) => setOutcome(e.currentTarget.value as DisputeOutcome)}
        >
          <For each={OUTCOMES}>{(o) => <option value={o}>{tq(`disputes.outcome.${o}`)}</option>}</For>
        </select>
        <Show when={outcome() === 'agreement'}>
          <label class="field__label" for={id('terms')}>
            {tq('disputes.close.terms')}
          </label>
          <textarea
            class="input"
            id={id('terms')}
            rows={3}
            maxLength={4000}
            value={terms()}
            onInput={(e) => setTerms(e.currentTarget.value)}
          />
        </Show>
        <button type="submit" class="button button--secondary" disabled={busy()}>
          {tq('disputes.close.submit')}
        </button>
      </form>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault()
          void run(async () => {
            await addProgress(props.entry.id, note())
            setNote('')
          })
        }}
      >
        <label class="field__label" for={id('progress')}>
          {tq('disputes.progress.note')}
        </label>
        <textarea
          class="input"
          id={id('progress')}
          rows={2}
          value={note()}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <p>
          <button type="submit" class="button button--secondary" disabled={busy() || note().trim().length < 2}>
            {tq('disputes.progress.submit')}
          </button>
        </p>
      </form>
      <RefusalLine message={error()} />
    </div>
  )
}
