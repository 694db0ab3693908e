import type { DefenceShop, DutyDay, DutyProblem, DutyReport } from '@platform/contracts'
import { formatDay, label, locale, RequestError } from '@platform/ui'
import { createSignal, For, Index, Show } from 'solid-js'
import { ResultLine } from '../components/ResultLine'
import { sendStaffJson } from '../components/send-json'
import { checked, createSubmission, errorCode, type Outcome } from '../components/submission'
import { escalateProblem } from './api'
import { tj } from './messages'
import {
  checkReport,
  errorsFromApi,
  type HandoverChoice,
  MAX_PROBLEMS,
  PROBLEM_KINDS,
  type ProblemDraft,
  type ProblemKind,
  type ReportDraft,
  type ReportErrors,
  reportBody,
  suggestedHandover,
} from './report-rules'

const HANDOVERS: HandoverChoice[] = ['none', 'task', 'dispute_lead']

type Result = Outcome & { date?: string }

/**
 * A group's day on duty: the shops that served (today's two preselected), the patrol, the problems
 * found and where each goes. The report is sent once (Idempotency-Key kept while nothing changes,
 * so a retry after a lost answer is the same report); each chosen hand-over follows it, and the
 * worker sends a hand-over once however often it is asked. A day on file answers 409: say so and
 * offer the report that is there.
 */
export function DutyReportForm(props: {
  groupId: string
  shops: DefenceShop[]
  days: DutyDay[]
  today: string
  onSaved: (report: DutyReport) => void
  onOpenExisting: (date: string) => void
}) {
  const onDutyOn = (date: string) => props.days.find((d) => d.date === date)?.shops.map((s) => s.id) ?? []
  const fresh = (): ReportDraft => ({
    date: props.today,
    shopIds: onDutyOn(props.today),
    patrolDone: true,
    problems: [],
  })
  const [draft, setDraft] = createSignal<ReportDraft>(fresh())
  const { errors, busy, result, key, submit } = createSubmission<ReportErrors, Result>({
    keyPrefix: 'duty-report',
    fixFields: () => tj('defence.report.fixFields'),
    failed: (error) => tj('defence.report.failed', { code: errorCode(error) }),
    fieldErrors: errorsFromApi,
  })

  const change = (patch: Partial<ReportDraft>) => {
    setDraft({ ...draft(), ...patch })
    key.renew()
  }
  const changeProblem = (i: number, patch: Partial<ProblemDraft>) =>
    change({ problems: draft().problems.map((p, j) => (j === i ? { ...p, ...patch } : p)) })
  const toggleShop = (id: string, on: boolean) =>
    change({ shopIds: on ? [...draft().shopIds, id] : draft().shopIds.filter((s) => s !== id) })

  const handOver = async (problems: DutyProblem[], choices: HandoverChoice[]) => {
    let sent = 0
    let pending = 0
    for (const [i, problem] of problems.entries()) {
      const to = choices[i]
      if (!to || to === 'none') continue
      try {
        const answer = await escalateProblem(problem.id, to)
        if (answer.status === 'sent') sent++
        else pending++
      } catch {
        pending++
      }
    }
    return { sent, pending }
  }

  const sendReport = (event: Event) => {
    event.preventDefault()
    return submit({
      check: () => checked(checkReport(draft(), props.today), draft),
      send: async (sending, idempotencyKey) => {
        const report = await sendStaffJson<DutyReport>(
          'POST',
          `/api/communities/defence-groups/${props.groupId}/duty-reports`,
          reportBody(sending),
          { 'Idempotency-Key': idempotencyKey },
        )
        const handed = await handOver(
          report.problems,
          sending.problems.map((p) => p.handover),
        )
        return { report, ...handed }
      },
      saved: ({ report, sent, pending }) => {
        const date = formatDay(report.date, locale())
        setDraft(fresh())
        props.onSaved(report)
        return {
          kind: 'ok',
          text: pending
            ? tj('defence.report.savedPending', { date, pending })
            : sent
              ? tj('defence.report.savedHanded', { date, sent })
              : tj('defence.report.saved', { date }),
        }
      },
      refused: (error, sending) =>
        error instanceof RequestError && error.code === 'DUTY_REPORT_EXISTS'
          ? {
              kind: 'exists',
              text: tj('defence.report.exists', { date: formatDay(sending.date, locale()) }),
              date: sending.date,
            }
          : undefined,
    })
  }

  const describedBy = (field: string) => (errors()[field] ? errorId(field) : undefined)
  const FieldError = (p: { field: string }) => <ErrorText errors={errors()} field={p.field} />

  return (
    <section class="stack" aria-labelledby="duty-report-title">
      <h2 id="duty-report-title">{tj('defence.report.title')}</h2>
      <p class="muted">{tj('defence.report.lead')}</p>
      <form class="stack" novalidate aria-describedby="duty-report-result" onSubmit={sendReport}>
        <div class="field">
          <label class="field__label" for="duty-date">
            {tj('defence.report.date')}
          </label>
          <input
            id="duty-date"
            class="input"
            type="date"
            max={props.today}
            value={draft().date}
            onInput={(e) => {
              const date = e.currentTarget.value
              change({ date, shopIds: onDutyOn(date).length ? onDutyOn(date) : draft().shopIds })
            }}
            aria-invalid={errors().date ? 'true' : undefined}
            aria-describedby={describedBy('date')}
          />
          <FieldError field="date" />
        </div>
        <fieldset
          class="stack checklist"
          aria-invalid={errors().shops ? 'true' : undefined}
          aria-describedby={describedBy('shops')}
        >
          <legend>{tj('defence.report.shops')}</legend>
          <FieldError field="shops" />
          <div class="defence-choices">
            <For each={props.shops}>
              {(shop) => (
                <label class="checklist__item">
                  <input
                    type="checkbox"
                    name="shopIds"
                    value={shop.id}
                    checked={draft().shopIds.includes(shop.id)}
                    onChange={(e) => toggleShop(shop.id, e.currentTarget.checked)}
                  />
                  <span>{label(shop.name)}</span>
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <label class="checklist__item">
          <input
            id="duty-patrol"
            type="checkbox"
            checked={draft().patrolDone}
            onChange={(e) => change({ patrolDone: e.currentTarget.checked })}
          />
          <span>{tj('defence.report.patrolDone')}</span>
        </label>
        <fieldset class="stack checklist">
          <legend>{tj('defence.report.problems', { count: draft().problems.length })}</legend>
          <Show when={draft().problems.length === 0}>
            <p class="muted">{tj('defence.report.noProblems')}</p>
          </Show>
          <Index each={draft().problems}>
            {(problem, i) => (
              <ProblemFields
                index={i}
                problem={problem()}
                errors={errors()}
                describedBy={describedBy}
                onChange={(patch) => changeProblem(i, patch)}
                onRemove={() => change({ problems: draft().problems.filter((_, j) => j !== i) })}
              />
            )}
          </Index>
          <Show when={draft().problems.length < MAX_PROBLEMS}>
            <div class="cluster">
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  change({ problems: [...draft().problems, { kind: '', description: '', handover: 'none' }] })
                  queueMicrotask(() =>
                    document.getElementById(`duty-problem-${draft().problems.length - 1}-kind`)?.focus(),
                  )
                }}
              >
                {tj('defence.report.addProblem')}
              </button>
            </div>
          </Show>
        </fieldset>
        <div class="cluster">
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? tj('defence.report.busy') : tj('defence.report.submit')}
          </button>
          <Show when={result()?.kind === 'exists' ? result()?.date : undefined}>
            {(date) => (
              <button type="button" class="button button--secondary" onClick={() => props.onOpenExisting(date())}>
                {tj('defence.report.openExisting')}
              </button>
            )}
          </Show>
        </div>
        <ResultLine id="duty-report-result" result={result()} />
      </form>
    </section>
  )
}

const errorId = (field: string) => `duty-${field.replaceAll('.', '-')}-error`

/** A field's error in words, with the id its input points at (aria-describedby). */
function ErrorText(props: { errors: ReportErrors; field: string }) {
  return (
    <Show when={props.errors[props.field]}>
      {(error) => (
        <p class="field__error" id={errorId(props.field)}>
          {tj(`defence.error.${error()}`)}
        </p>
      )}
    </Show>
  )
}

function ProblemFields(props: {
  index: number
  problem: ProblemDraft
  errors: ReportErrors
  describedBy: (field: string) => string | undefined
  onChange: (patch: Partial<ProblemDraft>) => void
  onRemove: () => void
}) {
  const id = (part: string) => `duty-problem-${props.index}-${part}`
  const field = (part: string) => `problems.${props.index}.${part}`
  const n = () => props.index + 1
  return (
    <fieldset class="card stack defence-problem-fields">
      <legend>{tj('defence.report.problem', { n: n() })}</legend>
      <div class="field">
        <label class="field__label" for={id('kind')}>
          {tj('defence.report.kind')}
        </label>
        <select
          id={id('kind')}
          class="input"
          value={props.problem.kind}
          onChange={(e) => {
            const kind = e.currentTarget.value as ProblemKind | ''
            props.onChange({ kind, handover: suggestedHandover(kind) })
          }}
          aria-invalid={props.errors[field('kind')] ? 'true' : undefined}
          aria-describedby={props.describedBy(field('kind'))}
        >
          <option value="" />
          <For each={PROBLEM_KINDS}>{(kind) => <option value={kind}>{tj(`defence.kind.${kind}`)}</option>}</For>
        </select>
        <ErrorText errors={props.errors} field={field('kind')} />
      </div>
      <div class="field">
        <label class="field__label" for={id('description')}>
          {tj('defence.report.description')}
        </label>
        <textarea
          id={id('description')}
          class="input"
          rows="3"
          maxlength="500"
          value={props.problem.description}
          onInput={(e) => props.onChange({ description: e.currentTarget.value })}
          aria-invalid={props.errors[field('description')] ? 'true' : undefined}
          aria-describedby={props.describedBy(field('description'))}
        />
        <ErrorText errors={props.errors} field={field('description')} />
      </div>
      <div class="field">
        <label class="field__label" for={id('handover')}>
          {tj('defence.report.handover')}
        </label>
        <select
          id={id('handover')}
          class="input"
          value={props.problem.handover}
          onChange={(e) => props.onChange({ handover: e.currentTarget.value as HandoverChoice })}
        >
          <For each={HANDOVERS}>{(to) => <option value={to}>{tj(`defence.handover.${to}`)}</option>}</For>
        </select>
      </div>
      <div class="cluster">
        <button type="button" class="button button--secondary" onClick={() => props.onRemove()}>
          {tj('defence.report.removeProblem', { n: n() })}
        </button>
      </div>
    </fieldset>
  )
}
