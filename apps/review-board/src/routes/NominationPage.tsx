import type { Nomination } from '@platform/contracts'
import { AsyncView, label, TableRegion, usePageTitle } from '@platform/ui'
import { A, useParams } from '@solidjs/router'
import { createResource, For, Match, Show, Switch } from 'solid-js'
import { closeNomination, fetchNomination, fetchOfficerNames, voteNomination } from '../board-api'
import { createBoardSubmit } from '../board-submit'
import { t } from '../i18n'
import { ChairCloseForm, FormError, OutcomeChoice } from './case-forms'
import { PanelTable, TallyBox } from './case-parts'
import { ScoreHistory } from './ScoreHistory'

export function NominationPage() {
  usePageTitle(
    () => t('nomination.title'),
    () => t('board.appTitle'),
  )
  const params = useParams<{ id: string }>()
  const [item, actions] = createResource(() => params.id, fetchNomination)
  return (
    <AsyncView resource={item} onRetry={actions.refetch}>
      {(data) => <NominationView item={data} onChange={(next) => actions.mutate(next)} />}
    </AsyncView>
  )
}

function NominationView(props: { item: Nomination; onChange: (next: Nomination) => void }) {
  const viewer = () => props.item.viewer
  const tally = () => props.item.tally
  const [names] = createResource(() => props.item.stationId, fetchOfficerNames)
  const officerName = () => {
    const name = names()?.get(props.item.officerId)
    return name ? `${label(name)} · ` : ''
  }
  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="nomination-title">
        <A class="back-link" href="/cases">
          {t('nav.queue')}
        </A>
        <h1 id="nomination-title">
          {t(`kind.${props.item.kind}`)} · {props.item.period}
        </h1>
        <p>
          <span class={props.item.status === 'open' ? 'badge badge--primary' : 'badge'}>
            {t(`status.${props.item.status}`)}
          </span>
        </p>
        <dl class="facts">
          <dt>{t('nomination.officer')}</dt>
          <dd>
            {officerName()}
            {props.item.officerId}
          </dd>
          <dt>{t('nomination.period')}</dt>
          <dd>{props.item.period}</dd>
          <dt>{t('case.deadline')}</dt>
          <dd>{props.item.deadline}</dd>
          <dt>{t('nomination.reason')}</dt>
          <dd class="prose">{props.item.reason}</dd>
        </dl>
      </section>
      <section class="stack" aria-labelledby="snapshot-title">
        <h2 id="snapshot-title">{t('nomination.snapshot')}</h2>
        <TableRegion label={t('nomination.snapshot.caption')}>
          <table class="table">
            <caption>{t('nomination.snapshot.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.quarter')}</th>
                <th scope="col" class="num">
                  {t('col.score')}
                </th>
                <th scope="col" class="num">
                  {t('col.rank')}
                </th>
                <th scope="col">{t('col.grade')}</th>
                <th scope="col">{t('col.star')}</th>
                <th scope="col">{t('col.frozenAt')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.item.snapshot}>
                {(row) => (
                  <tr>
                    <th scope="row">{row.quarter}</th>
                    <td class="num">{row.score}</td>
                    <td class="num">{row.rank}</td>
                    <td>{t(`grade.${row.grade}`)}</td>
                    <td>{row.star ? t('star.yes') : t('star.no')}</td>
                    <td>{row.frozenAt.slice(0, 10)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </section>
      <ScoreHistory officerId={props.item.officerId} />
      <PanelTable seats={props.item.panel} />
      <TallyBox
        tally={tally()}
        counts={t('ntally.counts', { approve: tally().counts.approve, reject: tally().counts.reject })}
        majority={tally().majority ? t(`noutcome.${tally().majority as 'approve'}`) : ''}
      />
      <Show when={props.item.votes.length > 0}>
        <section class="stack" aria-labelledby="nvotes-title">
          <h2 id="nvotes-title">{t('votes.title')}</h2>
          <ul class="plain-list stack">
            <For each={props.item.votes}>
              {(vote) => (
                <li class="card">
                  <strong>
                    {label(
                      props.item.panel.find((s) => s.memberId === vote.memberId)?.name ?? {
                        zh: vote.memberId,
                        en: vote.memberId,
                      },
                    )}
                  </strong>
                  : {t(`noutcome.${vote.outcome}`)} — {vote.reason}
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show
        when={props.item.status === 'open'}
        fallback={
          <Show when={props.item.decision}>
            {(decision) => (
              <section class="stack card" aria-labelledby="ndecision-title">
                <h2 id="ndecision-title">{t('decision.title')}</h2>
                <p>{t('ndecision.outcome', { outcome: t(`noutcome.${decision().outcome}`) })}</p>
                <p class="prose">{decision().summary}</p>
              </section>
            )}
          </Show>
        }
      >
        <Switch>
          <Match when={viewer().voted}>
            <p class="notice">{t('vote.done')}</p>
          </Match>
          <Match when={viewer().recused}>
            <p class="notice notice--warn">{t('vote.recused')}</p>
          </Match>
          <Match when={viewer().onPanel}>
            <NominationVoteForm item={props.item} onDone={props.onChange} />
          </Match>
        </Switch>
        <Show when={viewer().chair}>
          <NominationCloseForm item={props.item} onDone={props.onChange} />
        </Show>
      </Show>
    </div>
  )
}

function NominationVoteForm(props: { item: Nomination; onDone: (next: Nomination) => void }) {
  const { error, busy, submit } = createBoardSubmit(
    (form) =>
      voteNomination(props.item.id, form.get('outcome') as 'approve' | 'reject', String(form.get('reason') ?? '')),
    (next) => props.onDone(next),
  )
  return (
    <form class="stack card" aria-labelledby="nvote-title" onSubmit={submit}>
      <h2 id="nvote-title">{t('nvote.title')}</h2>
      <OutcomeChoice
        legend={t('nvote.outcome')}
        outcomes={['approve', 'reject'] as const}
        text={(outcome) => t(`noutcome.${outcome}`)}
      />
      <div class="field">
        <label class="field__label" for="nvote-reason">
          {t('nvote.reason')}
        </label>
        <textarea class="input" id="nvote-reason" name="reason" required rows="3" maxLength={2000} />
      </div>
      <FormError code={error()} />
      <button class="button" type="submit" disabled={busy()}>
        {t('nvote.submit')}
      </button>
    </form>
  )
}

function NominationCloseForm(props: { item: Nomination; onDone: (next: Nomination) => void }) {
  return (
    <ChairCloseForm
      idPrefix="nclose"
      title={t('nclose.title')}
      submitLabel={t('nclose.submit')}
      blocker={props.item.tally.blocker}
      close={(summary) => closeNomination(props.item.id, summary)}
      onDone={props.onDone}
    />
  )
}
