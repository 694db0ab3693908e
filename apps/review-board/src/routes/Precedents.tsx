import type { Precedent } from '@platform/contracts'
import { AsyncView, usePageTitle } from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchPrecedents, type PrecedentFilter } from '../board-api'
import { CRITERIA, OUTCOMES } from '../case-terms'
import { downloadCsv, toCsv } from '../csv'
import { t } from '../i18n'

export function Precedents() {
  usePageTitle(
    () => t('precedents.title'),
    () => t('board.appTitle'),
  )
  const [params, setParams] = useSearchParams<PrecedentFilter>()
  const filter = () => ({ criterion: params.criterion, outcome: params.outcome, q: params.q })
  const [list, actions] = createResource(filter, fetchPrecedents)
  const apply = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const value = (name: string) => (form.get(name) as string) || undefined
    setParams({ criterion: value('criterion'), outcome: value('outcome'), q: value('q') })
  }
  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="precedents-title">
        <h1 id="precedents-title">{t('precedents.title')}</h1>
        <p class="lead">{t('precedents.lead')}</p>
      </section>
      <form class="filters" aria-label={t('precedents.search')} onSubmit={apply}>
        <div class="field">
          <label class="field__label" for="precedent-criterion">
            {t('precedents.criterion')}
          </label>
          <select class="input" id="precedent-criterion" name="criterion" value={params.criterion ?? ''}>
            <option value="">{t('queue.any')}</option>
            <For each={CRITERIA}>{(c) => <option value={c}>{t(`criterion.${c}`)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="precedent-outcome">
            {t('precedents.outcome')}
          </label>
          <select class="input" id="precedent-outcome" name="outcome" value={params.outcome ?? ''}>
            <option value="">{t('queue.any')}</option>
            <For each={OUTCOMES}>{(o) => <option value={o}>{t(`outcome.${o}`)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="precedent-q">
            {t('precedents.q')}
          </label>
          <input class="input" id="precedent-q" name="q" type="search" maxLength={100} value={params.q ?? ''} />
        </div>
        <button class="button" type="submit">
          {t('precedents.search')}
        </button>
      </form>
      <AsyncView resource={list} onRetry={actions.refetch}>
        {(data) => <PrecedentList precedents={data.precedents} />}
      </AsyncView>
    </div>
  )
}

function PrecedentList(props: { precedents: Precedent[] }) {
  const exportCsv = () =>
    downloadCsv(
      'precedents.csv',
      toCsv(
        [
          'ref',
          t('col.quarter'),
          t('case.duty'),
          t('precedents.outcome'),
          ...CRITERIA.map((c) => t(`criterion.${c}`)),
          t('case.facts'),
        ],
        props.precedents.map((p) => [
          p.ref,
          p.quarter,
          p.duty,
          t(`outcome.${p.outcome}`),
          ...CRITERIA.map((c) => p.criteria[c]),
          p.facts,
        ]),
      ),
    )
  return (
    <Show when={props.precedents.length > 0} fallback={<p class="muted">{t('precedents.none')}</p>}>
      <p role="status">
        {t('precedents.count', { count: props.precedents.length })}{' '}
        <button class="button button--secondary" type="button" onClick={exportCsv}>
          {t('csv.export')}
        </button>
      </p>
      <ul class="plain-list stack" data-testid="precedents">
        <For each={props.precedents}>
          {(p) => (
            <li class="card stack precedent">
              <h2>
                {p.ref} · {p.duty}
              </h2>
              <p>
                <span class="badge">{t(`outcome.${p.outcome}`)}</span> {p.quarter}
                <Show when={p.appeal}> · {t('precedents.appeal')}</Show>
              </p>
              <p class="prose">{p.facts}</p>
              <dl class="facts">
                <For each={CRITERIA}>
                  {(c) => (
                    <>
                      <dt>{t(`criterion.${c}`)}</dt>
                      <dd>
                        {p.criteria[c]}
                        <Show when={p.reasons[c].length > 0}>
                          <br />
                          <span class="muted">
                            {t('precedents.reasons')}: {p.reasons[c].join('；')}
                          </span>
                        </Show>
                      </dd>
                    </>
                  )}
                </For>
              </dl>
              <p class="muted">
                {t('precedents.votes', {
                  full: p.votes.exempt_full,
                  partial: p.votes.exempt_partial,
                  reject: p.votes.reject,
                })}
              </p>
              <p class="prose">{p.summary}</p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
