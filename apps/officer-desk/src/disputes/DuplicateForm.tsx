import type { LedgerEntry } from '@platform/contracts'
import { createSignal } from 'solid-js'
import { decideDuplicate } from './api'
import { RefusalLine } from './fields'
import { tq } from './messages'
import { createStaffAction } from './staff-action'

/**
 * A flagged possible duplicate: staff link it to the earlier dispute or dismiss the flag, with a
 * reason. Both disputes stay as they are (never merged); the decision is audited.
 */
export function DuplicateForm(props: { entry: LedgerEntry; onDone: () => void }) {
  const id = (name: string) => `${name}-${props.entry.id}`
  const [decision, setDecision] = createSignal<'linked' | 'dismissed'>('linked')
  const [reason, setReason] = createSignal('')
  const { error, busy, run } = createStaffAction(() => props.onDone())
  return (
    <form
      class="stack"
      data-testid="duplicate-form"
      onSubmit={(e) => {
        e.preventDefault()
        void run(() => decideDuplicate(props.entry.id, { decision: decision(), reason: reason().trim() }))
      }}
    >
      <fieldset>
        <legend>{tq('disputes.duplicate.decision')}</legend>
        <label class="choice">
          <input
            type="radio"
            name={id('duplicate')}
            checked={decision() === 'linked'}
            onChange={() => setDecision('linked')}
          />{' '}
          {tq('disputes.duplicate.link')}
        </label>
        <label class="choice">
          <input
            type="radio"
            name={id('duplicate')}
            checked={decision() === 'dismissed'}
            onChange={() => setDecision('dismissed')}
          />{' '}
          {tq('disputes.duplicate.dismiss')}
        </label>
      </fieldset>
      <label class="field__label" for={id('duplicate-reason')}>
        {tq('disputes.duplicate.reason')}
      </label>
      <input
        class="input"
        id={id('duplicate-reason')}
        value={reason()}
        onInput={(e) => setReason(e.currentTarget.value)}
        required
        minLength={2}
        maxLength={500}
      />
      <p>
        <button type="submit" class="button button--secondary" disabled={busy() || reason().trim().length < 2}>
          {tq('disputes.duplicate.submit')}
        </button>
      </p>
      <RefusalLine message={error()} />
    </form>
  )
}
