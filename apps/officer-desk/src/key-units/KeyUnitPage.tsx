import '../dashboard/dashboard.css'
import type { Finding, Inspection, KeyUnitDetail } from '@platform/contracts'
import { AsyncView, formatDay, getStaffJson, label, locale, RequestError, usePageTitle } from '@platform/ui'
import { useParams } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import { sendStaffJson } from '../components/send-json'
import { td } from '../dashboard/messages'
import { t } from '../i18n'

type Mark = '' | 'passed' | 'failed'
const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
const newKey = () => `inspection-${crypto.randomUUID()}`
const failure = (error: unknown) =>
  td('dash.form.failed', { code: error instanceof RequestError ? error.code : 'NETWORK_ERROR' })

/**
 * One key unit: its "three fives" standing, the open findings (each fixed with a note), a new
 * inspection (every item checked is passed or failed; a failed one says what is wrong), and the
 * inspections on record.
 */
export function KeyUnitPage() {
  const params = useParams<{ id: string }>()
  const [unit, { refetch }] = createResource(
    () => params.id,
    (id) => getStaffJson<KeyUnitDetail>(`/api/communities/key-units/${id}`),
  )
  usePageTitle(
    () => (unit() ? label((unit() as KeyUnitDetail).name) : td('units.page')),
    () => t('desk.appTitle'),
  )
  // Kept outside the reloading view, so the answer to a save stays on screen after the reload.
  const [notice, setNotice] = createSignal<{ ok: boolean; text: string } | null>(null)
  return (
    <div class="stack-lg">
      <p
        id="inspect-result"
        class={notice()?.ok ? 'state' : notice() ? 'state state--error' : 'visually-hidden'}
        role="status"
      >
        {notice()?.text ?? ''}
      </p>
      <AsyncView resource={unit} onRetry={refetch}>
        {(value) => (
          <div class="stack-lg">
            <div class="stack">
              <h1>{label(value.name)}</h1>
              <p class="lead">
                {td(`dash.kind.${value.kind}`)} · {label(value.communityName)} ·{' '}
                {td('dash.units.passedValue', { passed: value.itemsPassed, size: value.checklistSize })}
              </p>
            </div>
            <OpenFindings unit={value} onChange={() => void refetch()} />
            <InspectionForm
              unit={value}
              onResult={(result) => {
                setNotice(result)
                if (result.ok) void refetch()
              }}
            />
            <PastInspections unit={value} />
          </div>
        )}
      </AsyncView>
    </div>
  )
}

const itemLabel = (unit: KeyUnitDetail, code: string) => {
  const item = unit.checklist.find((i) => i.code === code)
  return item ? label(item.label) : code
}

function OpenFindings(props: { unit: KeyUnitDetail; onChange: () => void }) {
  const open = () => props.unit.findings.filter((f) => f.status === 'open')
  return (
    <section class="stack" aria-labelledby="findings-title">
      <h2 id="findings-title">{td('units.findings', { count: open().length })}</h2>
      <Show when={open().length > 0} fallback={<p>{td('units.noFindings')}</p>}>
        <ul class="plain-list stack">
          <For each={open()}>
            {(finding) => <FixFinding unit={props.unit} finding={finding} onFixed={props.onChange} />}
          </For>
        </ul>
      </Show>
    </section>
  )
}

function FixFinding(props: { unit: KeyUnitDetail; finding: Finding; onFixed: () => void }) {
  const [note, setNote] = createSignal('')
  const [error, setError] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const id = () => `fix-${props.finding.id}`
  const fix = async (event: Event) => {
    event.preventDefault()
    if (!note().trim()) {
      setError(td('units.noteRequired'))
      return
    }
    setBusy(true)
    setError('')
    try {
      await sendStaffJson('POST', `/api/communities/key-unit-findings/${props.finding.id}/fix`, { note: note().trim() })
      props.onFixed()
    } catch (err) {
      setError(failure(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <li class="card stack">
      <p>
        <strong>{itemLabel(props.unit, props.finding.itemCode)}</strong>: {props.finding.description}{' '}
        <span class="muted">({formatDay(props.finding.foundOn, locale())})</span>
      </p>
      <form class="stack" onSubmit={fix} novalidate>
        <div class="field">
          <label class="field__label" for={id()}>
            {td('units.fixNote')}
          </label>
          <input
            id={id()}
            class="input"
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
            aria-invalid={error() ? 'true' : undefined}
            aria-describedby={error() ? `${id()}-error` : undefined}
          />
          <Show when={error()}>
            <p class="field__error" id={`${id()}-error`}>
              {error()}
            </p>
          </Show>
        </div>
        <div class="cluster">
          <button type="submit" class="button button--secondary" disabled={busy()}>
            {td('units.fix')}
          </button>
        </div>
      </form>
    </li>
  )
}

function InspectionForm(props: { unit: KeyUnitDetail; onResult: (result: { ok: boolean; text: string }) => void }) {
  const [date, setDate] = createSignal(today())
  const [marks, setMarks] = createSignal<Record<string, Mark>>({})
  const [findings, setFindings] = createSignal<Record<string, string>>({})
  const [errors, setErrors] = createSignal<Record<string, string>>({})
  const [busy, setBusy] = createSignal(false)
  const setResult = (result: { ok: boolean; text: string }) => props.onResult(result)
  let key = newKey()
  const touched = () => (key = newKey())

  const submit = async (event: Event) => {
    event.preventDefault()
    const checked = props.unit.checklist.filter((item) => marks()[item.code])
    const found: Record<string, string> = {}
    if (date() > today()) found.date = td('units.futureDay')
    if (checked.length === 0) found.items = td('units.noItems')
    for (const item of checked)
      if (marks()[item.code] === 'failed' && !findings()[item.code]?.trim())
        found[item.code] = td('units.findingRequired')
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setResult({ ok: false, text: td('dash.form.fixFields') })
      return
    }
    setBusy(true)
    try {
      const saved = await sendStaffJson<Inspection>(
        'POST',
        `/api/communities/key-units/${props.unit.id}/inspections`,
        {
          date: date(),
          items: checked.map((item) =>
            marks()[item.code] === 'failed'
              ? { code: item.code, passed: false, finding: findings()[item.code]?.trim() }
              : { code: item.code, passed: true },
          ),
        },
        { 'Idempotency-Key': key },
      )
      setResult({ ok: true, text: td('units.saved', { findings: saved.findings.length }) })
      setMarks({})
      setFindings({})
      key = newKey()
    } catch (err) {
      setResult({ ok: false, text: failure(err) })
    } finally {
      setBusy(false)
    }
  }

  const areas = ['people', 'physical', 'technical'] as const
  return (
    <section class="stack" aria-labelledby="inspect-title">
      <h2 id="inspect-title">{td('units.inspect')}</h2>
      <p class="muted">{td('units.inspectLead')}</p>
      <form class="stack" onSubmit={submit} onInput={touched} novalidate aria-describedby="inspect-result">
        <div class="field">
          <label class="field__label" for="inspect-date">
            {td('units.date')}
          </label>
          <input
            id="inspect-date"
            class="input"
            type="date"
            max={today()}
            value={date()}
            onInput={(e) => setDate(e.currentTarget.value)}
            aria-invalid={errors().date ? 'true' : undefined}
            aria-describedby={errors().date ? 'inspect-date-error' : undefined}
          />
          <Show when={errors().date}>
            <p class="field__error" id="inspect-date-error">
              {errors().date}
            </p>
          </Show>
        </div>
        <For each={areas}>
          {(area) => (
            <fieldset class="stack">
              <legend>{td(`units.area.${area}`)}</legend>
              <For each={props.unit.checklist.filter((item) => item.area === area)}>
                {(item) => {
                  const id = `inspect-${item.code.replace('.', '-')}`
                  return (
                    <div class="field">
                      <label class="field__label" for={id}>
                        {label(item.label)}
                      </label>
                      <select
                        id={id}
                        class="input"
                        value={marks()[item.code] ?? ''}
                        onChange={(e) => setMarks({ ...marks(), [item.code]: e.currentTarget.value as Mark })}
                      >
                        <option value="">{td('units.notChecked')}</option>
                        <option value="passed">{td('units.passed')}</option>
                        <option value="failed">{td('units.failed')}</option>
                      </select>
                      <Show when={marks()[item.code] === 'failed'}>
                        <label class="field__label" for={`${id}-finding`}>
                          {td('units.finding')}
                        </label>
                        <input
                          id={`${id}-finding`}
                          class="input"
                          value={findings()[item.code] ?? ''}
                          onInput={(e) => setFindings({ ...findings(), [item.code]: e.currentTarget.value })}
                          aria-invalid={errors()[item.code] ? 'true' : undefined}
                          aria-describedby={errors()[item.code] ? `${id}-error` : undefined}
                        />
                        <Show when={errors()[item.code]}>
                          <p class="field__error" id={`${id}-error`}>
                            {errors()[item.code]}
                          </p>
                        </Show>
                      </Show>
                    </div>
                  )
                }}
              </For>
            </fieldset>
          )}
        </For>
        <Show when={errors().items}>
          <p class="field__error">{errors().items}</p>
        </Show>
        <div class="cluster">
          <button type="submit" class="button" disabled={busy()}>
            {td('units.record')}
          </button>
        </div>
      </form>
    </section>
  )
}

function PastInspections(props: { unit: KeyUnitDetail }) {
  return (
    <section class="stack" aria-labelledby="past-title">
      <h2 id="past-title">{td('units.past')}</h2>
      <Show when={props.unit.inspections.length > 0} fallback={<p>{td('dash.units.never')}</p>}>
        <ul class="plain-list stack">
          <For each={props.unit.inspections}>
            {(inspection) => (
              <li>
                {formatDay(inspection.date, locale())}:{' '}
                {td('units.pastLine', {
                  checked: inspection.items.length,
                  passed: inspection.items.filter((i) => i.passed).length,
                  findings: inspection.findings.length,
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
