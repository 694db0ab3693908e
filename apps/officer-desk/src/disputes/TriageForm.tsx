import type { LedgerEntry, MediationChannel, TriageDecision } from '@platform/contracts'
import { createSignal, For, Show } from 'solid-js'
import { confirmHandover, triage } from './api'
import { tq } from './messages'
import { createStaffAction } from './staff-action'

const CHANNELS: MediationChannel[] = ['peoples', 'judicial', 'public_security']
type Choice = 'simple' | 'complex' | 'referral'

/**
 * Triage of one dispute: police simple/complex, or a referral with the receiving body, its
 * contact and (when known) its reference; a pending referral gets the hand-over confirmation.
 */
export function TriageForm(props: { entry: LedgerEntry; onDone: () => void }) {
  const id = (name: string) => `${name}-${props.entry.id}`
  const [choice, setChoice] = createSignal<Choice>('simple')
  const [channel, setChannel] = createSignal<MediationChannel>('peoples')
  const [body, setBody] = createSignal('')
  const [contact, setContact] = createSignal('')
  const [theirReference, setTheirReference] = createSignal('')
  const { error, busy, run } = createStaffAction(() => props.onDone())

  const decision = (): TriageDecision =>
    choice() === 'referral'
      ? {
          jurisdiction: 'not_police',
          channel: channel(),
          body: body(),
          contact: contact(),
          ...(theirReference().trim() ? { theirReference: theirReference() } : {}),
        }
      : { jurisdiction: 'police', complexity: choice() as 'simple' | 'complex' }

  const open = () => props.entry.state === 'received' || props.entry.state === 'assigned'

  return (
    <div class="stack">
      <Show when={open()}>
        <form
          class="stack"
          data-testid="triage-form"
          onSubmit={(event) => {
            event.preventDefault()
            void run(() => triage(props.entry.id, decision()))
          }}
        >
          <div class="field">
            <label class="field__label" for={id('decision')}>
              {tq('disputes.triage.decision')}
            </label>
            <select
              class="input"
              id={id('decision')}
              name="decision"
              value={choice()}
              onChange={(e) => setChoice(e.currentTarget.value as Choice)}
            >
              <option value="simple">{tq('disputes.triage.simple')}</option>
              <option value="complex">{tq('disputes.triage.complex')}</option>
              <option value="referral">{tq('disputes.triage.referral')}</option>
            </select>
          </div>
          <Show when={choice() === 'referral'}>
            <div class="field">
              <label class="field__label" for={id('channel')}>
                {tq('disputes.triage.channel')}
              </label>
              <select
                class="input"
                id={id('channel')}
                value={channel()}
                onChange={(e) => setChannel(e.currentTarget.value as MediationChannel)}
              >
                <For each={CHANNELS}>{(c) => <option value={c}>{tq(`disputes.channel.${c}`)}</option>}</For>
              </select>
            </div>
            <div class="field">
              <label class="field__label" for={id('body')}>
                {tq('disputes.triage.body')}
              </label>
              <input
                class="input"
                id={id('body')}
                name="body"
                required
                value={body()}
                onInput={(e) => setBody(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label class="field__label" for={id('contact')}>
                {tq('disputes.triage.contact')}
              </label>
              <input
                class="input"
                id={id('contact')}
                name="contact"
                required
                value={contact()}
                onInput={(e) => setContact(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label class="field__label" for={id('their')}>
                {tq('disputes.triage.theirReference')}
              </label>
              <input
                class="input"
                id={id('their')}
                name="theirReference"
                value={theirReference()}
                onInput={(e) => setTheirReference(e.currentTarget.value)}
              />
            </div>
          </Show>
          <p>
            <button type="submit" class="button" disabled={busy()}>
              {tq('disputes.triage.submit')}
            </button>
          </p>
        </form>
      </Show>
      <Show when={props.entry.state === 'referral_pending'}>
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault()
            void run(() => confirmHandover(props.entry.id, theirReference()))
          }}
        >
          <div class="field">
            <label class="field__label" for={id('handover')}>
              {tq('disputes.triage.theirReference')}
            </label>
            <input
              class="input"
              id={id('handover')}
              required
              value={theirReference()}
              onInput={(e) => setTheirReference(e.currentTarget.value)}
            />
          </div>
          <p>
            <button type="submit" class="button" disabled={busy()}>
              {tq('disputes.handover.submit')}
            </button>
          </p>
        </form>
      </Show>
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
