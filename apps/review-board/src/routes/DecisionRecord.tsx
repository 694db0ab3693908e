import type { ExemptionCase } from '@platform/contracts'
import { AsyncView, formatDay, locale, usePageTitle } from '@platform/ui'
import { A, useParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchCase } from '../cases-api'
import { t } from '../i18n'
import { CaseFacts, CaseTallyBox, PanelTable, VoteList } from './case-parts'

/** The decision: outcome, the chair's reasons and what it changed in the officer's quarter. */
export function DecisionBlock(props: { item: ExemptionCase; printable?: boolean }) {
  return (
    <Show when={props.item.decision}>
      {(decision) => (
        <section class="stack card" aria-labelledby="decision-title">
          <h2 id="decision-title">{t('decision.title')}</h2>
          <p>
            <strong>{t('decision.outcome', { outcome: t(`outcome.${decision().outcome}`) })}</strong>
          </p>
          <p class="prose">{decision().summary}</p>
          <p>
            {t('decision.decidedAt')}: {formatDay(decision().decidedAt.slice(0, 10), locale())}
          </p>
          <h3>{t('decision.adjustments')}</h3>
          <Show when={decision().adjustments.length > 0} fallback={<p>{t('decision.noAdjustment')}</p>}>
            <ul>
              <For each={decision().adjustments}>
                {(a) => <li>{t('decision.adjustment', { item: a.itemCode, points: a.points, quarter: a.quarter })}</li>}
              </For>
            </ul>
          </Show>
          <Show when={!props.printable}>
            <A class="button button--secondary no-print" href={`/cases/${props.item.id}/record`}>
              {t('decision.print')}
            </A>
          </Show>
        </section>
      )}
    </Show>
  )
}

/** The printable decision record (print stylesheet: print.css). */
export function DecisionRecord() {
  usePageTitle(
    () => t('record.title'),
    () => t('board.appTitle'),
  )
  const params = useParams<{ id: string }>()
  const [item, actions] = createResource(() => params.id, fetchCase)
  return (
    <AsyncView resource={item} onRetry={actions.refetch}>
      {(data) => (
        <article class="stack-lg record" aria-labelledby="record-title">
          <A class="back-link no-print" href={`/cases/${data.id}`}>
            {t('record.back')}
          </A>
          <h1 id="record-title">{t('record.title')}</h1>
          <Show when={data.decision} fallback={<p class="notice">{t('record.notDecided')}</p>}>
            <DecisionBlock item={data} printable />
          </Show>
          <CaseFacts item={data} />
          <PanelTable seats={data.panel} />
          <CaseTallyBox tally={data.tally} />
          <VoteList item={data} />
          <button class="button no-print" type="button" onClick={() => window.print()}>
            {t('decision.print')}
          </button>
        </article>
      )}
    </AsyncView>
  )
}
