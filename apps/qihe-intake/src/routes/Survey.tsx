import { AsyncView, usePageTitle } from '@platform/ui'
import { A } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { CommunityOptions } from '../CommunityOptions'
import {
  checkAnswer,
  newAnswerKey,
  refusalOf,
  SCORES,
  type SurveyErrors,
  type SurveyField,
  type SurveyNotice,
} from '../survey/answer'
import { t } from '../survey/i18n'
import { sendAnswer } from '../survey/send'

/**
 * The public short satisfaction form: a community and a point of the 1–5 scale, no account and
 * no personal data. The answer's key is made on the device and kept until it is recorded, so a
 * retry (after a 429 or a dropped answer) never counts it twice.
 */
export function Survey() {
  usePageTitle(
    () => t('survey.title'),
    () => t('qihe.appTitle'),
  )
  const [stations, { refetch }] = createResource(fetchStations)
  const [errors, setErrors] = createSignal<SurveyErrors>({})
  const [notice, setNotice] = createSignal<SurveyNotice | null>(null)
  const [sending, setSending] = createSignal(false)
  const [done, setDone] = createSignal(false)
  const key = newAnswerKey()
  let form: HTMLFormElement | undefined
  let thanks: HTMLHeadingElement | undefined

  const focusFirst = (found: SurveyErrors) => {
    if (found.communityId) form?.querySelector<HTMLElement>('#survey-community')?.focus()
    else if (found.score) form?.querySelector<HTMLElement>('input[name="score"]')?.focus()
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (!form || sending()) return
    const data = new FormData(form)
    const checked = checkAnswer(String(data.get('communityId') ?? ''), String(data.get('score') ?? ''))
    setErrors(checked.errors)
    setNotice(null)
    if (!checked.body) return focusFirst(checked.errors)
    setSending(true)
    try {
      await sendAnswer(checked.body, key)
      setDone(true)
      thanks?.focus()
    } catch (error) {
      const refusal = refusalOf(error)
      setErrors(refusal.errors)
      setNotice(refusal.notice)
      focusFirst(refusal.errors)
    } finally {
      setSending(false)
    }
  }

  const describedBy = (field: SurveyField, hint?: string) =>
    [hint, errors()[field] ? `survey-${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const fieldError = (field: SurveyField) => (
    <Show when={errors()[field]}>
      {(message) => (
        <p class="field-error" id={`survey-${field}-error`}>
          {t(message())}
        </p>
      )}
    </Show>
  )
  const count = () => Object.keys(errors()).length

  return (
    <div class="stack-lg">
      <Show
        when={!done()}
        fallback={
          <section class="stack" aria-labelledby="survey-thanks" role="status">
            <h1 id="survey-thanks" tabindex={-1} ref={thanks}>
              {t('survey.thanks.title')}
            </h1>
            <p class="lead">{t('survey.thanks.lead')}</p>
            <p>
              <A class="button" href="/">
                {t('survey.thanks.home')}
              </A>
            </p>
          </section>
        }
      >
        <section class="stack" aria-labelledby="survey-title">
          <h1 id="survey-title">{t('survey.title')}</h1>
          <p class="lead">{t('survey.lead')}</p>
        </section>
        <AsyncView resource={stations} onRetry={refetch}>
          {(data) => (
            <form class="stack" ref={form} onSubmit={submit} noValidate data-testid="survey-form">
              <Show when={count() > 0}>
                <p class="error-summary" role="alert">
                  {t('survey.error.summary', { count: count() })}
                </p>
              </Show>
              <div class="field">
                <label class="field__label" for="survey-community">
                  {t('survey.community')}
                </label>
                <select
                  class="input"
                  id="survey-community"
                  name="communityId"
                  required
                  aria-invalid={errors().communityId ? 'true' : undefined}
                  aria-describedby={describedBy('communityId')}
                >
                  <CommunityOptions stations={data.stations} choose={t('survey.communityChoose')} />
                </select>
                {fieldError('communityId')}
              </div>
              <fieldset
                class="stack"
                aria-invalid={errors().score ? 'true' : undefined}
                aria-describedby={describedBy('score')}
              >
                <legend class="field__label">{t('survey.question')}</legend>
                <For each={SCORES}>
                  {(score) => (
                    <label class="choice">
                      <input type="radio" name="score" value={score} required />
                      {t(`survey.score.${score}`)}
                    </label>
                  )}
                </For>
                {fieldError('score')}
              </fieldset>
              <Show when={notice()}>
                {(message) => (
                  <p class="state state--error" role="alert">
                    {t(message())}
                  </p>
                )}
              </Show>
              <button class="button" type="submit" disabled={sending()} aria-busy={sending() ? 'true' : undefined}>
                {sending() ? t('survey.sending') : t('survey.submit')}
              </button>
            </form>
          )}
        </AsyncView>
      </Show>
    </div>
  )
}
