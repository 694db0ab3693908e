import type { ExemptionCase } from '@platform/contracts'
import { formatDay, locale } from '@platform/ui'
import { A, useNavigate } from '@solidjs/router'
import { Show } from 'solid-js'
import { createBoardSubmit } from '../board-submit'
import { fileAppeal } from '../cases-api'
import { t } from '../i18n'
import { FormError } from './case-forms'

/** Links between a case and its appeal, and the grounds of an appeal. */
export function AppealLinks(props: { item: ExemptionCase }) {
  return (
    <>
      <Show when={props.item.appealOf}>
        {(id) => (
          <p class="notice">
            {t('appeal.of')} <A href={`/cases/${id()}`}>{t('appeal.original')}</A>
          </p>
        )}
      </Show>
      <Show when={props.item.grounds}>
        {(grounds) => (
          <section class="stack" aria-labelledby="grounds-title">
            <h2 id="grounds-title">{t('appeal.grounds')}</h2>
            <p class="prose">{grounds()}</p>
          </section>
        )}
      </Show>
      <Show when={props.item.appealId}>
        {(id) => (
          <p class="notice">
            {t('appeal.filed')} <A href={`/cases/${id()}`}>{t('appeal.open')}</A>
          </p>
        )}
      </Show>
    </>
  )
}

/**
 * The appeal of a decided case, for whoever filed it (not the board): the server decides whether
 * the appeal is still open (15 days, one appeal) and draws a panel without the first one.
 */
export function AppealForm(props: { item: ExemptionCase }) {
  const navigate = useNavigate()
  const { error, submit } = createBoardSubmit(
    (form) => fileAppeal(props.item.id, String(form.get('grounds') ?? '')),
    (appeal) => navigate(`/cases/${appeal.id}`),
  )
  return (
    <Show when={props.item.appealDeadline}>
      {(deadline) => (
        <form class="stack card no-print" aria-labelledby="appeal-title" onSubmit={submit}>
          <h2 id="appeal-title">{t('appeal.title')}</h2>
          <p>{t('appeal.lead', { deadline: formatDay(deadline(), locale()) })}</p>
          <div class="field">
            <label class="field__label" for="appeal-grounds">
              {t('appeal.grounds')}
            </label>
            <textarea class="input" id="appeal-grounds" name="grounds" required rows="4" maxLength={4000} />
          </div>
          <FormError code={error()} />
          <button class="button" type="submit">
            {t('appeal.submit')}
          </button>
        </form>
      )}
    </Show>
  )
}
