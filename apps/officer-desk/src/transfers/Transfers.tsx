import type { PublicStations, Roster, Transfer, TransferKind } from '@platform/contracts'
import { AsyncView, formatDay, getStaffJson, label, locale, RequestError, usePageTitle } from '@platform/ui'
import { createResource, createSignal, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { beijingDate, beijingToday } from '../components/beijing-time'
import { useHasRole } from '../components/roles'
import { t } from '../i18n'
import { failureText } from '../work/refusal-text'
import { completeTransfer, decideTransfer, fetchTransfers, newKey, requestTransfer } from '../work/work-api'

const KINDS: TransferKind[] = ['transfer', 'replacement']

async function load() {
  const [list, roster, stations] = await Promise.all([
    fetchTransfers(),
    getStaffJson<Roster>('/api/officers/roster'),
    fetchStations().catch((): PublicStations => ({ stations: [] })),
  ])
  return { transfers: list.transfers, roster, stations: stations.stations }
}
type Data = Awaited<ReturnType<typeof load>>

const officerName = (data: Data, id: string | null) => {
  const officer = id ? data.roster.officers.find((o) => o.id === id) : undefined
  return officer ? label(officer.name) : (id ?? '')
}
const day = (instant: string) => formatDay(beijingDate(instant), locale())

/** Whole years in post up to today (Beijing dates): the tenure the branch counts. */
const yearsSince = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = beijingToday().split('-').map(Number) as [number, number, number]
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0)
}

/** /desk/transfers: the station head requests and completes transfers, the branch decides them; the history. */
export function Transfers() {
  usePageTitle(
    () => t('transfer.title'),
    () => t('desk.appTitle'),
  )
  const hasRole = useHasRole()
  const has = (role: 'station_head' | 'branch_admin') => hasRole([role])
  const [data, { refetch }] = createResource(load)
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>()
  // Kept here, not in the form: the list's reload after a request re-creates the form.
  const [formResult, setFormResult] = createSignal<Result>()
  const act = async (action: () => Promise<unknown>, done: string) => {
    setMessage(undefined)
    try {
      await action()
      setMessage({ ok: true, text: done })
      refetch()
    } catch (error) {
      setMessage({ ok: false, text: failureText(error) })
    }
  }
  return (
    <div class="stack-lg">
      <h1>{t('transfer.title')}</h1>
      <p class="lead">{t('transfer.lead')}</p>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => (
          <>
            <Show when={has('station_head')}>
              <TransferForm data={value} onDone={refetch} result={formResult()} setResult={setFormResult} />
            </Show>
            <section class="stack" aria-labelledby="transfers-title">
              <h2 id="transfers-title">{t('transfer.list')}</h2>
              <p
                id="transfer-result"
                role={message()?.ok === false ? 'alert' : 'status'}
                classList={{ 'form-message': true, 'form-message--error': message()?.ok === false }}
              >
                {message()?.text ?? ''}
              </p>
              <Show when={value.transfers.length > 0} fallback={<p>{t('transfer.none')}</p>}>
                <ul class="plain-list stack transfer-list">
                  <For each={value.transfers}>
                    {(transfer) => (
                      <TransferCard
                        transfer={transfer}
                        data={value}
                        decides={has('branch_admin')}
                        completes={has('station_head')}
                        onDecide={(decision, reason) =>
                          act(() => decideTransfer(transfer.id, { decision, reason }), t('transfer.decided'))
                        }
                        onComplete={() => act(() => completeTransfer(transfer.id), t('transfer.completed'))}
                      />
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          </>
        )}
      </AsyncView>
    </div>
  )
}

function TransferCard(props: {
  transfer: Transfer
  data: Data
  decides: boolean
  completes: boolean
  onDecide: (decision: 'approve' | 'reject', reason: string) => void
  onComplete: () => void
}) {
  const tr = () => props.transfer
  const name = () => officerName(props.data, tr().officerId)
  const station = () => props.data.stations.find((s) => s.id === tr().toStationId)
  const [reason, setReason] = createSignal('')
  const [missing, setMissing] = createSignal(false)
  const reasonId = `decision-${tr().id}`
  const decide = (decision: 'approve' | 'reject') => {
    if (!reason().trim()) {
      setMissing(true)
      document.getElementById(reasonId)?.focus()
      return
    }
    setMissing(false)
    props.onDecide(decision, reason().trim())
  }
  return (
    <li class="card stack" data-status={tr().status}>
      <p class="transfer__title" id={`${reasonId}-title`}>
        {t('transfer.line', { officer: name(), kind: t(`transfer.kind.${tr().kind}`) })}
      </p>
      <p class="badge" data-status={tr().status}>
        {t(`transfer.status.${tr().status}`)}
      </p>
      <p>{t('transfer.line.reason', { reason: tr().reason })}</p>
      <Show when={tr().overrideReason}>
        {(override) => <p>{t('transfer.line.override', { reason: override() })}</p>}
      </Show>
      <Show when={tr().replacementOfficerId}>
        {(id) => <p>{t('transfer.line.replacement', { name: officerName(props.data, id()) })}</p>}
      </Show>
      <Show when={station()}>{(s) => <p>{t('transfer.line.toStation', { station: label(s().name) })}</p>}</Show>
      <p class="muted">{t('transfer.line.requested', { date: day(tr().requestedAt) })}</p>
      <Show when={tr().decidedAt}>
        {(at) => (
          <p class="muted">{t('transfer.line.decided', { date: day(at()), reason: tr().decisionReason ?? '' })}</p>
        )}
      </Show>
      <Show when={tr().completedAt}>
        {(at) => <p class="muted">{t('transfer.line.completed', { date: day(at()) })}</p>}
      </Show>
      <Show when={props.decides && tr().status === 'requested'}>
        <div class="field">
          <label class="field__label" for={reasonId}>
            {t('transfer.decision.reason')}
          </label>
          <input
            id={reasonId}
            class="input"
            type="text"
            maxLength={500}
            required
            aria-invalid={missing()}
            aria-describedby={missing() ? `${reasonId}-error` : undefined}
            value={reason()}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
          <Show when={missing()}>
            <p id={`${reasonId}-error`} class="field__error">
              {t('transfer.fieldRequired')}
            </p>
          </Show>
        </div>
        <div class="cluster">
          <button type="button" class="button" aria-describedby={`${reasonId}-title`} onClick={() => decide('approve')}>
            {t('transfer.approve')}
          </button>
          <button
            type="button"
            class="button button--secondary"
            aria-describedby={`${reasonId}-title`}
            onClick={() => decide('reject')}
          >
            {t('transfer.reject')}
          </button>
        </div>
      </Show>
      <Show when={props.completes && tr().status === 'approved'}>
        <button
          type="button"
          class="button"
          aria-label={t('transfer.completeFor', { officer: name() })}
          onClick={() => props.onComplete()}
        >
          {t('transfer.complete')}
        </button>
      </Show>
    </li>
  )
}

type Result = { ok: boolean; text: string }

function TransferForm(props: {
  data: Data
  onDone: () => void
  result: Result | undefined
  setResult: (result: Result | undefined) => void
}) {
  const [officerId, setOfficerId] = createSignal(props.data.roster.officers[0]?.id ?? '')
  const result = () => props.result
  const setResult = (value: Result | undefined) => props.setResult(value)
  // The field a refusal is about: the override reason for RULE_MIN_TENURE, the reason when left empty.
  const [fieldError, setFieldError] = createSignal<{ field: 'reason' | 'overrideReason'; text: string }>()
  let key = newKey()
  const officer = () => props.data.roster.officers.find((o) => o.id === officerId())
  const others = () => props.data.roster.officers.filter((o) => o.id !== officerId())
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const formElement = event.currentTarget as HTMLFormElement
    const form = new FormData(formElement)
    const value = (name: string) => String(form.get(name) ?? '').trim()
    setResult(undefined)
    setFieldError(undefined)
    if (!value('reason')) {
      setFieldError({ field: 'reason', text: t('transfer.fieldRequired') })
      formElement.querySelector<HTMLElement>('#transfer-reason')?.focus()
      return
    }
    try {
      await requestTransfer(
        {
          officerId: value('officerId'),
          kind: value('kind') as TransferKind,
          reason: value('reason'),
          ...(value('replacementOfficerId') ? { replacementOfficerId: value('replacementOfficerId') } : {}),
          ...(value('overrideReason') ? { overrideReason: value('overrideReason') } : {}),
          ...(value('toStationId') ? { toStationId: value('toStationId') } : {}),
        },
        key,
      )
      key = newKey()
      formElement.reset()
      setOfficerId(props.data.roster.officers[0]?.id ?? '')
      setResult({ ok: true, text: t('transfer.requested') })
      props.onDone()
    } catch (error) {
      const text = failureText(error)
      if (error instanceof RequestError && error.code === 'RULE_MIN_TENURE') {
        setFieldError({ field: 'overrideReason', text })
        formElement.querySelector<HTMLElement>('#transfer-override')?.focus()
      }
      setResult({ ok: false, text })
    }
  }
  const invalid = (field: 'reason' | 'overrideReason') => fieldError()?.field === field
  return (
    <section class="stack card" aria-labelledby="transfer-form-title">
      <h2 id="transfer-form-title">{t('transfer.form.title')}</h2>
      <form class="stack" onSubmit={submit} onInput={() => (key = newKey())} novalidate>
        <div class="field">
          <label class="field__label" for="transfer-officer">
            {t('transfer.officer')}
          </label>
          <select
            id="transfer-officer"
            name="officerId"
            class="input"
            required
            aria-describedby="transfer-tenure"
            onChange={(event) => setOfficerId(event.currentTarget.value)}
          >
            <For each={props.data.roster.officers}>
              {(o) => (
                <option value={o.id}>
                  {label(o.name)}
                  {o.dedicated ? ` · ${t('work.team.dedicated')}` : ''}
                </option>
              )}
            </For>
          </select>
          <Show when={officer()}>
            {(o) => (
              <p id="transfer-tenure" class="muted">
                {t('transfer.inPost', { name: label(o().name), years: yearsSince(o().inPostSince) })}
              </p>
            )}
          </Show>
        </div>
        <div class="field">
          <label class="field__label" for="transfer-kind">
            {t('transfer.kind')}
          </label>
          <select id="transfer-kind" name="kind" class="input">
            <For each={KINDS}>{(kind) => <option value={kind}>{t(`transfer.kind.${kind}`)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="transfer-reason">
            {t('transfer.reason')}
          </label>
          <input
            id="transfer-reason"
            name="reason"
            class="input"
            type="text"
            maxLength={500}
            required
            aria-invalid={invalid('reason')}
            aria-describedby={invalid('reason') ? 'transfer-reason-error' : undefined}
          />
          <Show when={invalid('reason')}>
            <p id="transfer-reason-error" class="field__error">
              {fieldError()?.text}
            </p>
          </Show>
        </div>
        <div class="field">
          <label class="field__label" for="transfer-replacement">
            {t('transfer.replacement')}
          </label>
          <select id="transfer-replacement" name="replacementOfficerId" class="input">
            <option value="">{t('transfer.replacement.none')}</option>
            <For each={others()}>{(o) => <option value={o.id}>{label(o.name)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="transfer-override">
            {t('transfer.override')}
          </label>
          <textarea
            id="transfer-override"
            name="overrideReason"
            class="input"
            rows={2}
            maxLength={500}
            aria-invalid={invalid('overrideReason')}
            aria-describedby={
              invalid('overrideReason') ? 'transfer-override-error transfer-override-hint' : 'transfer-override-hint'
            }
          />
          <p id="transfer-override-hint" class="muted">
            {t('transfer.override.hint')}
          </p>
          <Show when={invalid('overrideReason')}>
            <p id="transfer-override-error" class="field__error">
              {fieldError()?.text}
            </p>
          </Show>
        </div>
        <div class="field">
          <label class="field__label" for="transfer-station">
            {t('transfer.toStation')}
          </label>
          <select id="transfer-station" name="toStationId" class="input">
            <option value="">{t('transfer.toStation.none')}</option>
            <For each={props.data.stations}>{(s) => <option value={s.id}>{label(s.name)}</option>}</For>
          </select>
        </div>
        <p
          id="transfer-form-result"
          role={result()?.ok === false ? 'alert' : 'status'}
          classList={{ 'form-message': true, 'form-message--error': result()?.ok === false }}
        >
          {result()?.text ?? ''}
        </p>
        <button type="submit" class="button">
          {t('transfer.submit')}
        </button>
      </form>
    </section>
  )
}
