import type { CriteriaEvidence, OfficerDeductions } from '@platform/contracts'
import { errorCode, usePageTitle } from '@platform/ui'
import { useNavigate } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { CRITERIA } from '../case-terms'
import { fetchOfficerDeductions, fileCase } from '../cases-api'
import { ruleText, t } from '../i18n'

/**
 * Filing from the board app (a station head or team leader; the officer desk will get its own
 * form). The deductions are picked from those recorded against the officer that quarter.
 */
export function FileCase() {
  usePageTitle(
    () => t('file.title'),
    () => t('board.appTitle'),
  )
  const navigate = useNavigate()
  const [recorded, setRecorded] = createSignal<OfficerDeductions | null>(null)
  const [error, setError] = createSignal<string | null>(null)
  let officerInput: HTMLInputElement | undefined
  let quarterInput: HTMLInputElement | undefined

  const load = async () => {
    setError(null)
    try {
      setRecorded(await fetchOfficerDeductions(officerInput?.value.trim() ?? '', quarterInput?.value.trim() ?? ''))
    } catch (err) {
      setError(errorCode(err))
    }
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const text = (name: string) => String(form.get(name) ?? '')
    const picked = new Set(form.getAll('deduction').map(String))
    const deductions = (recorded()?.deductions ?? [])
      .filter((d) => picked.has(d.id))
      .map((d) => ({ itemCode: d.itemCode, points: d.points }))
    setError(null)
    try {
      const filed = await fileCase({
        officerId: text('officerId').trim(),
        happenedOn: text('happenedOn'),
        duty: text('duty'),
        facts: text('facts'),
        criteria: Object.fromEntries(CRITERIA.map((c) => [c, text(c)])) as CriteriaEvidence,
        deductions,
      })
      navigate(`/cases/${filed.id}`)
    } catch (err) {
      setError(errorCode(err))
    }
  }

  return (
    <form class="stack-lg" aria-labelledby="file-title" onSubmit={submit}>
      <section class="stack">
        <h1 id="file-title">{t('file.title')}</h1>
        <p class="lead">{t('file.lead')}</p>
      </section>
      <div class="field">
        <label class="field__label" for="file-officer">
          {t('file.officer')}
        </label>
        <input class="input" id="file-officer" name="officerId" required ref={officerInput} autocomplete="off" />
      </div>
      <div class="field">
        <label class="field__label" for="file-quarter">
          {t('file.quarter')}
        </label>
        <input class="input" id="file-quarter" name="quarter" required pattern="\d{4}-Q[1-4]" ref={quarterInput} />
      </div>
      <button class="button button--secondary" type="button" onClick={load}>
        {t('file.loadDeductions')}
      </button>
      <Show when={recorded()}>
        {(list) => (
          <fieldset class="stack">
            <legend class="field__label">{t('file.recorded')}</legend>
            <Show when={list().deductions.length > 0} fallback={<p class="muted">{t('file.noDeductions')}</p>}>
              <For each={list().deductions}>
                {(d) => (
                  <label class="choice">
                    <input type="checkbox" name="deduction" value={d.id} />
                    {t('file.deduction', { item: d.itemCode, points: d.points, reason: d.reason })}
                  </label>
                )}
              </For>
            </Show>
          </fieldset>
        )}
      </Show>
      <div class="field">
        <label class="field__label" for="file-day">
          {t('file.happenedOn')}
        </label>
        <input class="input" id="file-day" name="happenedOn" type="date" required />
      </div>
      <div class="field">
        <label class="field__label" for="file-duty">
          {t('file.duty')}
        </label>
        <input class="input" id="file-duty" name="duty" required maxLength={200} />
      </div>
      <div class="field">
        <label class="field__label" for="file-facts">
          {t('file.facts')}
        </label>
        <textarea class="input" id="file-facts" name="facts" required rows="4" maxLength={4000} />
      </div>
      <For each={CRITERIA}>
        {(criterion) => (
          <div class="field">
            <label class="field__label" for={`evidence-${criterion}`}>
              {t('file.evidence', { criterion: t(`criterion.${criterion}`) })}
            </label>
            <textarea class="input" id={`evidence-${criterion}`} name={criterion} required rows="3" maxLength={2000} />
          </div>
        )}
      </For>
      <Show when={error()}>
        {(code) => (
          <p class="form-error" role="alert">
            {t('form.error', { message: ruleText(code()) })}
          </p>
        )}
      </Show>
      <button class="button" type="submit">
        {t('file.submit')}
      </button>
    </form>
  )
}
