import type { CastVote, ExemptionCase } from '@platform/contracts'
import { For, Show } from 'solid-js'
import { createBoardSubmit } from '../board-submit'
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

/** A vote's outcome, one of a few, the first chosen to begin with. */
export function OutcomeChoice<O extends string>(props: {
  legend: string
  outcomes: readonly O[]
  text: (outcome: O) => string
}) {
  return (
    <fieldset class="stack">
      <legend class="field__label">{props.legend}</legend>
      <For each={props.outcomes}>
        {(outcome, index) => (
          <label class="choice">
            <input type="radio" name="outcome" value={outcome} required checked={index() === 0} />
            {props.text(outcome)}
          </label>
        )}
      </For>
    </fieldset>
  )
}

/** The three criteria, each with a reason, and one outcome: a vote is final once cast. */
export function VoteForm(props: { item: ExemptionCase; onDone: (next: ExemptionCase) => void }) {
  const { error, busy, submit } = createBoardSubmit(
    (form) => {
      const reasons = Object.fromEntries(CRITERIA.map((c) => [c, String(form.get(c) ?? '')])) as CastVote['reasons']
      return castVote(props.item.id, { outcome: form.get('outcome') as CastVote['outcome'], reasons })
    },
    (next) => props.onDone(next),
  )
  return (
    <form class="stack card" aria-labelledby="vote-title" onSubmit={submit} aria-describedby="vote-error">
      <h2 id="vote-title">{t('vote.title')}</h2>
      <OutcomeChoice legend={t('vote.outcome')} outcomes={OUTCOMES} text={(outcome) => t(`outcome.${outcome}`)} />
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
  const id = (part: string) => `${props.idPrefix}-${part}`
  const { error, busy, submit } = createBoardSubmit(
    (form) => props.close(String(form.get('summary') ?? '')),
    (next) => props.onDone(next),
  )
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
