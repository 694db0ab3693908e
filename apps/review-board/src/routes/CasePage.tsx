import type { ExemptionCase } from '@platform/contracts'
import { AsyncView, usePageTitle } from '@platform/ui'
import { A, useParams } from '@solidjs/router'
import { createResource, Match, Show, Switch } from 'solid-js'
import { fetchCase } from '../cases-api'
import { t } from '../i18n'
import { AppealForm, AppealLinks } from './AppealForm'
import { CloseForm, VoteForm } from './case-forms'
import { CaseFacts, CaseTallyBox, PanelTable, VoteList } from './case-parts'
import { DecisionBlock } from './DecisionRecord'
import { ScoreHistory } from './ScoreHistory'

export function CasePage() {
  usePageTitle(
    () => t('case.title'),
    () => t('board.appTitle'),
  )
  const params = useParams<{ id: string }>()
  const [item, actions] = createResource(() => params.id, fetchCase)
  return (
    <AsyncView resource={item} onRetry={actions.refetch}>
      {(data) => <CaseView item={data} onChange={(next) => actions.mutate(next)} />}
    </AsyncView>
  )
}

function CaseView(props: { item: ExemptionCase; onChange: (next: ExemptionCase) => void }) {
  const open = () => props.item.status === 'open'
  const viewer = () => props.item.viewer
  const ownConflicts = () =>
    (props.item.panel.find((s) => s.memberId === viewer().memberId)?.conflicts ?? [])
      .map((c) => t(`conflict.${c}`))
      .join('、')
  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="case-title">
        <A class="back-link" href="/cases">
          {t('nav.queue')}
        </A>
        <h1 id="case-title">
          {t('case.title')} · {props.item.duty}
        </h1>
        <p>
          <span class={open() ? 'badge badge--primary' : 'badge'}>{t(`status.${props.item.status}`)}</span>
        </p>
      </section>
      <AppealLinks item={props.item} />
      <CaseFacts item={props.item} />
      <section class="stack" aria-labelledby="score-title">
        <h2 id="score-title">{t('case.score')}</h2>
        <p data-testid="officer-score">
          <Show when={props.item.officerScore} fallback={t('case.score.none')}>
            {(score) => t('case.score.value', score())}
          </Show>
        </p>
      </section>
      <ScoreHistory officerId={props.item.officerId} currentCaseId={props.item.id} />
      <PanelTable seats={props.item.panel} />
      <CaseTallyBox tally={props.item.tally} />
      <VoteList item={props.item} />
      <Show
        when={open()}
        fallback={
          <>
            <DecisionBlock item={props.item} />
            <Show when={!viewer().memberId && !props.item.appealId && !props.item.appealOf}>
              <AppealForm item={props.item} />
            </Show>
          </>
        }
      >
        <Switch>
          <Match when={viewer().voted}>
            <p class="notice">{t('vote.done')}</p>
          </Match>
          <Match when={viewer().recused}>
            <div class="notice notice--warn" data-testid="recused">
              <p>{t('vote.recused')}</p>
              <p>{t('vote.recused.why', { reasons: ownConflicts() })}</p>
            </div>
          </Match>
          <Match when={viewer().onPanel}>
            <VoteForm item={props.item} onDone={props.onChange} />
          </Match>
          <Match when={viewer().memberId}>
            <p class="notice">{t('vote.notOnPanel')}</p>
          </Match>
        </Switch>
        <Show when={viewer().chair}>
          <CloseForm item={props.item} onDone={props.onChange} />
        </Show>
      </Show>
    </div>
  )
}
