import type { OfficerHistory } from '@platform/contracts'
import { AsyncView, formatNumber, locale, TableRegion } from '@platform/ui'
import { A } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchHistory } from '../board-api'
import { t } from '../i18n'

type Bar = { key: string; label: string; values: { value: number; kind: 'score' | 'hours' | 'target' }[] }

/** A small bar chart in SVG; the table next to it carries the same numbers for screen readers. */
function BarChart(props: { id: string; title: string; bars: Bar[]; max: number }) {
  const width = 320
  const height = 160
  const slot = () => width / Math.max(1, props.bars.length)
  const scale = (v: number) => (props.max > 0 ? (Math.min(v, props.max) / props.max) * (height - 36) : 0)
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${props.id}-title`} class="chart__svg">
        <title id={`${props.id}-title`}>{props.title}</title>
        <line x1="0" x2={width} y1={height - 18} y2={height - 18} class="chart__axis" />
        <For each={props.bars}>
          {(bar, i) => {
            const inner = () => (slot() * 0.7) / bar.values.length
            return (
              <g>
                <For each={bar.values}>
                  {(v, j) => (
                    <>
                      <rect
                        class={`chart__bar chart__bar--${v.kind}`}
                        x={i() * slot() + slot() * 0.15 + j() * inner()}
                        y={height - 18 - scale(v.value)}
                        width={Math.max(1, inner() - 2)}
                        height={scale(v.value)}
                      />
                      <text
                        x={i() * slot() + slot() * 0.15 + j() * inner() + inner() / 2}
                        y={Math.max(10, height - 22 - scale(v.value))}
                        text-anchor="middle"
                        class="chart__value"
                      >
                        {Math.round(v.value * 10) / 10}
                      </text>
                    </>
                  )}
                </For>
                <text x={i() * slot() + slot() / 2} y={height - 4} text-anchor="middle" class="chart__label">
                  {bar.label}
                </text>
              </g>
            )
          }}
        </For>
      </svg>
      <figcaption class="muted">{props.title}</figcaption>
    </figure>
  )
}

function HistoryView(props: { history: OfficerHistory }) {
  const n = (v: number) => formatNumber(v, locale())
  const hoursMax = () =>
    Math.max(1, ...props.history.quarters.flatMap((q) => [q.communityHours ?? 0, q.targetHours ?? 0]))
  return (
    <Show when={props.history.quarters.length > 0} fallback={<p class="muted">{t('history.none')}</p>}>
      <div class="chart-row">
        <BarChart
          id="chart-score"
          title={t('history.scoreChart')}
          max={100}
          bars={props.history.quarters.map((q) => ({
            key: q.quarter,
            label: q.quarter,
            values: [{ value: q.score, kind: 'score' }],
          }))}
        />
        <Show when={props.history.unavailable.length === 0}>
          <BarChart
            id="chart-hours"
            title={t('history.hoursChart')}
            max={hoursMax()}
            bars={props.history.quarters.map((q) => ({
              key: q.quarter,
              label: q.quarter,
              values: [
                { value: q.communityHours ?? 0, kind: 'hours' },
                { value: q.targetHours ?? 0, kind: 'target' },
              ],
            }))}
          />
        </Show>
      </div>
      <Show when={props.history.unavailable.length > 0}>
        <p class="notice notice--warn">{t('history.unavailable', { peers: props.history.unavailable.join(', ') })}</p>
      </Show>
      <TableRegion label={t('history.caption')}>
        <table class="table" data-testid="score-history">
          <caption>{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.quarter')}</th>
              <th scope="col" class="num">
                {t('col.score')}
              </th>
              <th scope="col" class="num">
                {t('col.rank')}
              </th>
              <th scope="col" class="num">
                {t('col.adjusted')}
              </th>
              <th scope="col" class="num">
                {t('col.hours')}
              </th>
              <th scope="col" class="num">
                {t('col.target')}
              </th>
              <th scope="col">{t('col.frozen')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.history.quarters}>
              {(q) => (
                <tr>
                  <th scope="row">{q.quarter}</th>
                  <td class="num">{n(q.score)}</td>
                  <td class="num">{t('rank.of', { rank: q.rank, officers: q.officers })}</td>
                  <td class="num">{q.adjusted > 0 ? `+${n(q.adjusted)}` : n(q.adjusted)}</td>
                  <td class="num">{q.communityHours === null ? '—' : n(q.communityHours)}</td>
                  <td class="num">{q.targetHours === null ? '—' : n(q.targetHours)}</td>
                  <td>{q.frozen ? t('frozen.yes') : t('frozen.no')}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </Show>
  )
}

/** Score history, hours in the community and earlier cases of the officer a case or nomination is about. */
export function ScoreHistory(props: { officerId: string; currentCaseId?: string }) {
  const [history, actions] = createResource(() => props.officerId, fetchHistory)
  return (
    <section class="stack" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <AsyncView resource={history} onRetry={actions.refetch}>
        {(data) => (
          <>
            <HistoryView history={data} />
            <h3>{t('history.earlier')}</h3>
            <Show
              when={data.earlierCases.filter((k) => k.id !== props.currentCaseId).length > 0}
              fallback={<p class="muted">{t('history.noEarlier')}</p>}
            >
              <ul class="plain-list stack">
                <For each={data.earlierCases.filter((k) => k.id !== props.currentCaseId)}>
                  {(k) => (
                    <li>
                      <A href={`/cases/${k.id}`}>
                        {k.quarter} · {t(`status.${k.status === 'open' ? 'open' : 'decided'}`)}
                        {k.outcome ? ` · ${t(`outcome.${k.outcome}`)}` : ''}
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </AsyncView>
    </section>
  )
}
