import type { AssignmentKind, CaseLevel, Roster } from '@platform/contracts'
import { AsyncView, getStaffJson, label, RequestError, usePageTitle } from '@platform/ui'
import { createResource, createSignal, For, Show } from 'solid-js'
import { beijing, beijingToday } from '../components/beijing-time'
import { useHasRole } from '../components/roles'
import { t } from '../i18n'
import { DayTimeFields } from './DayTimeFields'
import { failureText, refusalLine, ruleName } from './refusal-text'
import { assign, fetchAssignments, newKey, requestException } from './work-api'

const KINDS: AssignmentKind[] = [
  'community_task',
  'level1_reinforced_duty',
  'routine_duty',
  'patrol_car',
  'case_handling',
  'station_security_check',
]
const CASE_LEVELS: CaseLevel[] = ['warning', 'fine', 'administrative_detention', 'criminal']

const fetchOwnRoster = () => getStaffJson<Roster>('/api/officers/roster')

/** /desk/assign: assign an officer (the four prohibitions answer here) and request duty exceptions. */
export function Assign() {
  usePageTitle(
    () => t('work.assign.title'),
    () => t('desk.appTitle'),
  )
  const has = useHasRole()
  const isHead = () => has(['station_head'])
  const [roster, { refetch }] = createResource(fetchOwnRoster)
  const [list, { refetch: refetchList }] = createResource(fetchAssignments)
  return (
    <div class="stack-lg">
      <h1>{t('work.assign.title')}</h1>
      <p class="lead">{t('work.assign.lead')}</p>
      <AsyncView resource={roster} onRetry={refetch}>
        {(data) => (
          <>
            <AssignForm roster={data} onDone={refetchList} />
            <Show when={isHead()}>
              <ExceptionForm roster={data} />
            </Show>
            <section class="stack" aria-labelledby="refusals-title">
              <h2 id="refusals-title">{t('work.assign.refusals')}</h2>
              <AsyncView resource={list} onRetry={refetchList}>
                {(made) => (
                  <Show when={made.refused.length > 0} fallback={<p>{t('work.assign.noRefusals')}</p>}>
                    <ul class="plain-list stack">
                      <For each={made.refused}>
                        {(refusal) => (
                          <li>{refusalLine(refusal, data.officers.find((o) => o.id === refusal.officerId)?.name)}</li>
                        )}
                      </For>
                    </ul>
                  </Show>
                )}
              </AsyncView>
            </section>
          </>
        )}
      </AsyncView>
    </div>
  )
}

function OfficerSelect(props: { id: string; roster: Roster }) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {t('work.assign.officer')}
      </label>
      <select id={props.id} name="officerId" class="input" required>
        <For each={props.roster.officers}>
          {(officer) => (
            <option value={officer.id}>
              {label(officer.name)}
              {officer.dedicated ? ` · ${t('work.team.dedicated')}` : ''}
            </option>
          )}
        </For>
      </select>
    </div>
  )
}

function AssignForm(props: { roster: Roster; onDone: () => void }) {
  const [result, setResult] = createSignal<{ ok: boolean; text: string }>()
  let key = newKey()
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const value = (name: string) => String(form.get(name) ?? '')
    const date = value('date')
    const caseLevel = value('caseLevel')
    setResult(undefined)
    try {
      await assign(
        {
          officerId: value('officerId'),
          kind: value('kind') as AssignmentKind,
          start: beijing(date, value('start')),
          end: beijing(date, value('end')),
          ...(caseLevel ? { caseLevel: caseLevel as CaseLevel } : {}),
          ...(value('reason').trim() ? { reason: value('reason').trim() } : {}),
        },
        key,
      )
      setResult({ ok: true, text: t('work.assign.done') })
    } catch (error) {
      const refused = error instanceof RequestError && error.code.startsWith('RULE_')
      setResult({
        ok: false,
        text: refused ? t('work.assign.refused', { rule: ruleName(error.code) }) : failureText(error),
      })
    }
    key = newKey()
    props.onDone()
  }
  return (
    <section class="stack card" aria-labelledby="assign-form-title">
      <h2 id="assign-form-title">{t('work.assign.title')}</h2>
      <form class="stack" onSubmit={submit} aria-describedby="assign-result">
        <OfficerSelect id="assign-officer" roster={props.roster} />
        <div class="field">
          <label class="field__label" for="assign-kind">
            {t('work.assign.kind')}
          </label>
          <select id="assign-kind" name="kind" class="input" required>
            <For each={KINDS}>{(kind) => <option value={kind}>{t(`work.kind.${kind}`)}</option>}</For>
          </select>
        </div>
        <DayTimeFields
          idPrefix="assign"
          labels={{ date: 'work.assign.date', start: 'work.assign.start', end: 'work.assign.end' }}
          start="09:00"
          end="17:00"
        />
        <div class="field">
          <label class="field__label" for="assign-case-level">
            {t('work.assign.caseLevel')}
          </label>
          <select id="assign-case-level" name="caseLevel" class="input">
            <option value="" />
            <For each={CASE_LEVELS}>{(level) => <option value={level}>{t(`work.case.${level}`)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="assign-reason">
            {t('work.assign.reason')}
          </label>
          <input id="assign-reason" name="reason" class="input" type="text" maxLength={500} />
        </div>
        <p
          id="assign-result"
          role={result()?.ok === false ? 'alert' : 'status'}
          classList={{ 'form-message': true, 'form-message--error': result()?.ok === false }}
        >
          {result()?.text ?? ''}
        </p>
        <button type="submit" class="button">
          {t('work.assign.submit')}
        </button>
      </form>
    </section>
  )
}

function ExceptionForm(props: { roster: Roster }) {
  const [result, setResult] = createSignal('')
  let key = newKey()
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const value = (name: string) => String(form.get(name) ?? '')
    try {
      await requestException(
        {
          officerId: value('officerId'),
          reason: value('reason'),
          startDate: value('startDate'),
          endDate: value('endDate'),
          expiresOn: value('expiresOn'),
        },
        key,
      )
      key = newKey()
      setResult(t('work.exception.done'))
    } catch (error) {
      setResult(failureText(error))
    }
  }
  const today = beijingToday()
  return (
    <section class="stack card" aria-labelledby="exception-form-title">
      <h2 id="exception-form-title">{t('work.exception.title')}</h2>
      <p class="muted">{t('work.exception.lead')}</p>
      <form class="stack" onSubmit={submit} aria-describedby="exception-result" onInput={() => (key = newKey())}>
        <OfficerSelect id="exception-officer" roster={props.roster} />
        <div class="field">
          <label class="field__label" for="exception-reason">
            {t('work.exception.reason')}
          </label>
          <input id="exception-reason" name="reason" class="input" type="text" required maxLength={500} />
        </div>
        <div class="cluster">
          <For each={['startDate', 'endDate', 'expiresOn'] as const}>
            {(name) => (
              <div class="field">
                <label class="field__label" for={`exception-${name}`}>
                  {t(`work.exception.${name}`)}
                </label>
                <input id={`exception-${name}`} name={name} class="input" type="date" required value={today} />
              </div>
            )}
          </For>
        </div>
        <p id="exception-result" role="status">
          {result()}
        </p>
        <button type="submit" class="button">
          {t('work.exception.submit')}
        </button>
      </form>
    </section>
  )
}
