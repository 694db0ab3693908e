import type { CastVote, ExemptionCase } from '@platform/contracts'
import { errorCode } from '@platform/ui'
import { createSignal, For, Show } from 'solid-js'
import { CRITERIA, OUTCOMES } from '../case-terms'
import { castVote, closeCase } from '../cases-api'
import { ruleText, t } from '../i18n'

export function FormError(props: { id?: string; code: string | null }) {
  return (
    <Show when={props.code}>
      {(code) => (
        <p id={props.id} class="form-error" role="alert">
          {t('form.error', { message: ruleText(code()) })}
        </p>
      )}
    </Show>
  )
}

/** The three criteria, each with a reason, and one outcome: a vote is final once cast. */
export function VoteForm(props: { item: ExemptionCase; onDone: (next: ExemptionCase) => void }) {
  const [error, setError] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const reasons = Object.fromEntries(CRITERIA.map((c) => [c, String(form.get(c) ?? '')])) as CastVote['reasons']
    setBusy(true)
    setError(null)
    try {
      props.onDone(await castVote(props.item.id, { outcome: form.get('outcome') as CastVote['outcome'], reasons }))
    } catch (err) {
      setError(errorCode(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="stack card" aria-labelledby="vote-title" onSubmit={submit} aria-describedby="vote-error">
      <h2 id="vote-title">{t('vote.title')}</h2>
      <fieldset class="stack">
        <legend class="field__label">{t('vote.outcome')}</legend>
        <For each={OUTCOMES}>
          {(outcome, index) => (
            <label class="choice">
              <input type="radio" name="outcome" value={outcome} required checked={index() === 0} />
              {t(`outcome.${outcome}`)}
            </label>
          )}
        </For>
      </fieldset>
      <For each={CRITERIA}>
        {(criterion) => (
          <div class="field">
            <label class="field__label" for={`reason-${criterion}`}>
              {t('vote.reasonFor', { criterion: t(`criterion.${criterion}`) })}
            </label>
            <textarea class="input" id={`reason-${criterion}`} name={criterion} required rows="3" maxLength={2000} />
          </div>
        )}
      </For>
      <FormError id="vote-error" code={error()} />
      <button class="button" type="submit" disabled={busy()}>
        {t('vote.submit')}
      </button>
    </form>
  )
}

/**
 * The chair's close of a case or a nomination: refused in the page while the tally blocks it
 * (the reason shown and tied to the button), and by the server anyway.
 */
export function ChairCloseForm<T>(props: {
  idPrefix: string
  title: string
  submitLabel: string
  blocker: string | null
  close: (summary: string) => Promise<T>
  onDone: (next: T) => void
}) {
  const [error, setError] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const id = (part: string) => `${props.idPrefix}-${part}`
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    setBusy(true)
    setError(null)
    try {
      props.onDone(await props.close(String(form.get('summary') ?? '')))
    } catch (err) {
      setError(errorCode(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="stack card" aria-labelledby={id('title')} onSubmit={submit}>
      <h2 id={id('title')}>{props.title}</h2>
      <div class="field">
        <label class="field__label" for={id('summary')}>
          {t('close.summary')}
        </label>
        <textarea class="input" id={id('summary')} name="summary" required rows="4" maxLength={4000} />
      </div>
      <Show when={props.blocker}>
        {(code) => (
          <p id={id('blocked')} class="notice notice--warn">
            {t('close.blocked', { reason: ruleText(code()) })}
          </p>
        )}
      </Show>
      <FormError id={id('error')} code={error()} />
      <button
        class="button"
        type="submit"
        disabled={busy() || props.blocker !== null}
        aria-describedby={props.blocker ? id('blocked') : undefined}
      >
        {props.submitLabel}
      </button>
    </form>
  )
}

export function CloseForm(props: { item: ExemptionCase; onDone: (next: ExemptionCase) => void }) {
  return (
    <ChairCloseForm
      idPrefix="close"
      title={t('close.title')}
      submitLabel={t('close.submit')}
      blocker={props.item.tally.blocker}
      close={(summary) => closeCase(props.item.id, summary)}
      onDone={props.onDone}
    />
  )
}
