import './disputes.css'
import type { LedgerEntry, MediationChannel } from '@platform/contracts'
import { AsyncView, label, RequestError, usePageTitle } from '@platform/ui'
import { A } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import { type Role, useHasRole } from '../components/roles'
import { fetchLedger } from './api'
import { DuplicateForm } from './DuplicateForm'
import { FollowUpForm } from './FollowUpForm'
import { HandleForm } from './HandleForm'
import { tq } from './messages'
import { QiheNav } from './QiheNav'
import { TriageForm } from './TriageForm'

/** Roles that decide where a dispute goes (the permission matrix's `dispute.triage`). */
const TRIAGE_ROLES: Role[] = ['mediator', 'team_leader', 'station_head']

const when = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(
        new Date(iso),
      )
    : '—'

/** The dispute ledger (台账) in the actor's scope, with triage for those who decide it. */
export function Disputes() {
  usePageTitle(
    () => tq('disputes.title'),
    () => tq('disputes.title'),
  )
  const has = useHasRole()
  const [overdue, setOverdue] = createSignal(false)
  const [dueSoon, setDueSoon] = createSignal(false)
  // An object source: a bare `false` would keep the resource from ever loading.
  const [ledger, { refetch }] = createResource(() => ({ overdue: overdue(), dueSoon: dueSoon() }), fetchLedger)
  const mayTriage = () => has(TRIAGE_ROLES)

  return (
    <div class="stack">
      <h1>{tq('disputes.title')}</h1>
      <QiheNav />
      <p class="muted">{tq('disputes.lead')}</p>
      <label class="choice">
        <input type="checkbox" checked={overdue()} onChange={(e) => setOverdue(e.currentTarget.checked)} />{' '}
        {tq('disputes.overdueOnly')}
      </label>
      <label class="choice">
        <input type="checkbox" checked={dueSoon()} onChange={(e) => setDueSoon(e.currentTarget.checked)} />{' '}
        {tq('disputes.dueSoonOnly')}
      </label>
      <AsyncView resource={ledger} onRetry={refetch}>
        {(data) => (
          <Show when={data.disputes.length > 0} fallback={<p>{tq('disputes.empty')}</p>}>
            {/* Cards, not a table: the desk is used on phones, and each dispute carries its own forms. */}
            <ul
              class="plain-list stack dispute-ledger"
              data-testid="dispute-ledger"
              aria-label={tq('disputes.caption')}
            >
              <For each={data.disputes}>
                {(entry) => <DisputeCard entry={entry} mayTriage={mayTriage()} onChanged={refetch} />}
              </For>
            </ul>
          </Show>
        )}
      </AsyncView>
    </div>
  )
}

function DisputeCard(props: { entry: LedgerEntry; mayTriage: boolean; onChanged: () => void }) {
  const e = () => props.entry
  const holder = () => {
    const h = e().holder
    const who = h.name ? label(h.name) : tq(`disputes.holder.${h.role}`)
    return h.unit ? `${who} · ${label(h.unit)}` : who
  }
  const titleId = () => `dispute-${e().id}`
  return (
    <li class="card stack" data-reference={e().reference} aria-labelledby={titleId()}>
      <h2 class="card__title" id={titleId()}>
        {e().reference} · {tq(`category.${e().category}`)}
      </h2>
      <p class="cluster">
        <Show when={e().possibleDuplicateOf}>
          {(original) => (
            <span class="badge" data-testid="duplicate">
              {original().decision === 'linked'
                ? tq('disputes.duplicate.linked', { reference: original().reference })
                : original().decision === 'dismissed'
                  ? tq('disputes.duplicate.dismissed', { reference: original().reference })
                  : tq('disputes.duplicateOf', { reference: original().reference })}
            </span>
          )}
        </Show>
        <Show when={e().overdue}>
          <span class="badge">{tq('disputes.overdue')}</span>
        </Show>
        <Show when={e().dueSoon}>
          <span class="badge">{tq('disputes.dueSoon')}</span>
        </Show>
        <Show when={e().progressDue}>
          <span class="badge">{tq('disputes.progress.due')}</span>
        </Show>
        <Show when={e().pause}>
          <span class="badge">{tq('disputes.paused')}</span>
        </Show>
      </p>
      <dl class="dispute-facts">
        <dt>{tq('disputes.state')}</dt>
        <dd data-testid="state">
          {tq(`disputes.state.${e().state}`)} · {tq(`disputes.step.${e().step}`)}
        </dd>
        <dt>{tq('disputes.holder')}</dt>
        <dd data-testid="holder">{holder()}</dd>
        <dt>{tq('disputes.due')}</dt>
        <dd>{when(e().next.dueAt)}</dd>
        <dt>{tq('disputes.parties')}</dt>
        <dd>
          {e()
            .parties.map((p) => (p.phone ? `${p.name} ${p.phone}` : p.name))
            .join('；')}
        </dd>
      </dl>
      {/* A plain form post: the download is audited, so it is not a GET link. */}
      <For each={Array.from({ length: e().attachments }, (_, i) => i + 1)}>
        {(n) => (
          <form method="post" action={`/api/disputes/ledger/${e().id}/attachments/${n}`}>
            <button type="submit" class="button button--secondary">
              {tq('disputes.attachment', { n })}
            </button>
          </form>
        )}
      </For>
      <Show
        when={
          props.mayTriage && (e().state === 'received' || e().state === 'assigned' || e().state === 'referral_pending')
        }
      >
        <details>
          <summary>{tq('disputes.actions')}</summary>
          <TriageForm entry={e()} onDone={props.onChanged} />
        </details>
      </Show>
      <Show when={e().state === 'assigned' || e().state === 'received'}>
        <details>
          <summary>{tq('disputes.handle')}</summary>
          <HandleForm entry={e()} onDone={props.onChanged} />
        </details>
      </Show>
      <Show when={props.mayTriage && e().possibleDuplicateOf && !e().possibleDuplicateOf?.decision}>
        <details>
          <summary>{tq('disputes.duplicate.decide')}</summary>
          <DuplicateForm entry={e()} onDone={props.onChanged} />
        </details>
      </Show>
      <Show when={e().state === 'closed'}>
        <FollowUpForm entry={e()} onDone={props.onChanged} />
      </Show>
      <Show when={e().state === 'closed' && e().outcome === 'agreement'}>
        <p>
          <A href={`/disputes/${e().id}/agreement`} data-testid="agreement-link">
            {tq('disputes.agreement.print')}
          </A>
        </p>
      </Show>
    </li>
  )
}

export type Channel = MediationChannel

/** A refusal in words: the rule named when it is a RULE_* code. */
export function refusalText(error: unknown): string {
  if (error instanceof RequestError && error.code.startsWith('RULE_')) {
    const key = `disputes.rule.${error.code}` as Parameters<typeof tq>[0]
    const rule = tq(key)
    return tq('disputes.error.rule', { rule: rule === key ? error.code : rule })
  }
  return tq('disputes.error.other', { code: error instanceof RequestError ? error.code : 'UNKNOWN' })
}
