import type { DefenceShop, DutyProblem, DutyReport } from '@platform/contracts'
import { formatDay, label, locale } from '@platform/ui'
import { createSignal, For, Match, Show, Switch } from 'solid-js'
import { createSending } from '../components/sending'
import { errorCode } from '../components/submission'
import { escalateProblem } from './api'
import { handoverState } from './handover'
import { tj } from './messages'

/**
 * A group's duty reports, newest first, with each problem's hand-over: not yet (both ways offered),
 * requested but not taken (the reason in words, and a retry the same way), or handed over.
 */
export function DutyReports(props: {
  reports: DutyReport[]
  shops: DefenceShop[]
  canEscalate: boolean
  onChanged: () => void
}) {
  const newestFirst = () => [...props.reports].sort((a, b) => b.date.localeCompare(a.date))
  // A shop that closed down since is no longer in the group's list: named as such.
  const shopName = (id: string) => {
    const shop = props.shops.find((s) => s.id === id)
    return shop ? label(shop.name) : tj('defence.shops.closedShop')
  }
  return (
    <Show when={props.reports.length > 0} fallback={<p>{tj('defence.reports.none')}</p>}>
      <ul class="plain-list stack">
        <For each={newestFirst()}>
          {(report) => (
            <li class="card stack">
              <h3 id={`report-${report.date}`} class="card__title" tabindex="-1">
                {tj('defence.reports.on', { date: formatDay(report.date, locale()) })}
              </h3>
              <p>
                <span class={report.patrolDone ? 'badge badge--success' : 'badge'}>
                  {report.patrolDone ? tj('defence.reports.patrolDone') : tj('defence.reports.patrolNotDone')}
                </span>{' '}
                {tj('defence.reports.shops', { shops: report.shopIds.map(shopName).join(tj('defence.separator')) })}
              </p>
              <Show when={report.problems.length > 0} fallback={<p class="muted">{tj('defence.report.noProblems')}</p>}>
                <ul class="plain-list stack">
                  <For each={report.problems}>
                    {(problem) => (
                      <ProblemItem problem={problem} canEscalate={props.canEscalate} onChanged={props.onChanged} />
                    )}
                  </For>
                </ul>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}

function ProblemItem(props: { problem: DutyProblem; canEscalate: boolean; onChanged: () => void }) {
  const { busy, run } = createSending()
  const [error, setError] = createSignal('')
  const state = () => handoverState(props.problem)
  const escalate = (to: 'task' | 'dispute_lead') => {
    setError('')
    return run(
      () => escalateProblem(props.problem.id, to),
      () => props.onChanged(),
      (err) =>
        setError(
          errorCode(err) === 'PROBLEM_ALREADY_ESCALATED'
            ? tj('defence.escalate.refused')
            : tj('defence.escalate.failed', { code: errorCode(err) }),
        ),
    )
  }
  const statusId = () => `problem-${props.problem.id}-status`
  return (
    <li class="defence-problem stack" aria-describedby={statusId()}>
      <p>
        <strong>{tj(`defence.kind.${props.problem.kind}`)}</strong>
        {tj('defence.colon')}
        {props.problem.description}
      </p>
      <p id={statusId()} class="defence-status">
        <span class="muted">{tj('defence.status.label')}</span>
        <Switch>
          <Match when={state().step === 'open'}>{tj('defence.status.open')}</Match>
          <Match when={state().step === 'sent' && state()}>
            {(sent) => {
              const value = sent() as Extract<ReturnType<typeof state>, { step: 'sent' }>
              return value.to === 'task'
                ? tj('defence.status.sentTask')
                : tj('defence.status.sentLead', { reference: value.reference ?? '' })
            }}
          </Match>
          <Match when={state().step === 'closed'}>{tj('defence.status.closed')}</Match>
          <Match when={state().step === 'requested' && state()}>
            {(requested) => {
              const value = requested() as Extract<ReturnType<typeof state>, { step: 'requested' }>
              return (
                <>
                  {tj('defence.status.requested', { to: tj(`defence.to.${value.to}`) })}
                  <Show when={value.reason}>
                    {(reason) => <> {tj('defence.reason.text', { reason: tj(`defence.reason.${reason()}`) })}</>}
                  </Show>
                </>
              )
            }}
          </Match>
        </Switch>
      </p>
      <Show when={props.canEscalate}>
        <Switch>
          <Match when={state().step === 'open'}>
            <div class="cluster">
              <button type="button" class="button button--secondary" disabled={busy()} onClick={() => escalate('task')}>
                {tj('defence.escalate.task')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                disabled={busy()}
                onClick={() => escalate('dispute_lead')}
              >
                {tj('defence.escalate.lead')}
              </button>
            </div>
          </Match>
          <Match when={state().step === 'requested' && state()}>
            {(requested) => (
              <div class="cluster">
                <button
                  type="button"
                  class="button"
                  disabled={busy()}
                  onClick={() => escalate((requested() as { to: 'task' | 'dispute_lead' }).to)}
                >
                  {busy() ? tj('defence.escalate.busy') : tj('defence.escalate.retry')}
                </button>
              </div>
            )}
          </Match>
        </Switch>
      </Show>
      <Show when={error()}>
        <p class="field__error" role="alert">
          {error()}
        </p>
      </Show>
    </li>
  )
}
