import type { LedgerEntry, MediationChannel, TriageDecision } from '@platform/contracts'
import { createSignal, Show } from 'solid-js'
import { confirmHandover, triage } from './api'
import { RefusalLine, SelectField, TextField } from './fields'
import { tq } from './messages'
import { createStaffAction } from './staff-action'

const CHANNELS: MediationChannel[] = ['peoples', 'judicial', 'public_security']
const CHOICES = ['simple', 'complex', 'referral'] as const
type Choice = (typeof CHOICES)[number]

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
          <SelectField
            id={id('decision')}
            name="decision"
            label={tq('disputes.triage.decision')}
            value={choice()}
            options={CHOICES}
            optionText={(c) => tq(`disputes.triage.${c}`)}
            onChange={setChoice}
          />
          <Show when={choice() === 'referral'}>
            <SelectField
              id={id('channel')}
              label={tq('disputes.triage.channel')}
              value={channel()}
              options={CHANNELS}
              optionText={(c) => tq(`disputes.channel.${c}`)}
              onChange={setChannel}
            />
            <TextField
              id={id('body')}
              name="body"
              label={tq('disputes.triage.body')}
              required
              value={body()}
              onInput={setBody}
            />
            <TextField
              id={id('contact')}
              name="contact"
              label={tq('disputes.triage.contact')}
              required
              value={contact()}
              onInput={setContact}
            />
            <TextField
              id={id('their')}
              name="theirReference"
              label={tq('disputes.triage.theirReference')}
              value={theirReference()}
              onInput={setTheirReference}
            />
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
          <TextField
            id={id('handover')}
            label={tq('disputes.triage.theirReference')}
            required
            value={theirReference()}
            onInput={setTheirReference}
          />
          <p>
            <button type="submit" class="button" disabled={busy()}>
              {tq('disputes.handover.submit')}
            </button>
          </p>
        </form>
      </Show>
      <RefusalLine message={error()} />
    </div>
  )
}
