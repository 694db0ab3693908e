import type { OutreachOverview } from '@platform/contracts'
import { formatNumber, formatPercent, label, locale, TableRegion } from '@platform/ui'
import { createUniqueId, For, Show } from 'solid-js'
import { CHART, plotWidth, ticks, xOf, yOf } from './chart-scale'
import { downloadCsv, rowsCsv } from './csv'
import { td } from './messages'

const audienceName = (audience: string) => td(`dash.audience.${audience}` as Parameters<typeof td>[0])

/** Members by audience as bars, the same numbers as a table, campaigns with events and leaflets; CSV. */
export function OutreachReach(props: { outreach: OutreachOverview }) {
  const id = createUniqueId()
  const rows = () => props.outreach.byAudience
  const max = () => Math.max(10, ...rows().map((r) => r.members))
  const barWidth = () => (plotWidth / Math.max(rows().length, 1)) * 0.6
  const exportCsv = () =>
    downloadCsv(
      rowsCsv(
        [td('dash.outreach.audience'), td('dash.outreach.groups'), td('dash.outreach.members')],
        rows().map((r) => [audienceName(r.audience), r.groups, r.members]),
      ),
      `outreach-${props.outreach.stationId ?? 'district'}.csv`,
    )
  return (
    <section class="stack" aria-labelledby="outreach-title">
      <div class="cluster dashboard-heading">
        <h2 id="outreach-title">{td('dash.outreach.title')}</h2>
        <button type="button" class="button button--secondary" onClick={exportCsv}>
          {td('dash.csv')}
        </button>
      </div>
      <p class="muted">
        {td('dash.outreach.lead', {
          groups: formatNumber(props.outreach.groups, locale(), 0),
          members: formatNumber(props.outreach.members, locale(), 0),
          percent: props.outreach.reach === null ? td('dash.noData') : formatPercent(props.outreach.reach, locale(), 1),
        })}
      </p>
      <div class="dashboard-columns">
        <figure class="chart">
          <svg
            class="chart__svg"
            viewBox={`0 0 ${CHART.width} ${CHART.height}`}
            role="img"
            aria-labelledby={`${id}-t ${id}-d`}
          >
            <title id={`${id}-t`}>{td('dash.outreach.chart')}</title>
            <desc id={`${id}-d`}>
              {td('dash.outreach.desc')}{' '}
              {rows()
                .map((r) => `${audienceName(r.audience)}: ${r.members}`)
                .join('; ')}
            </desc>
            <For each={ticks(0, max())}>
              {(tick) => (
                <g class="chart__tick">
                  <line
                    x1={CHART.left}
                    x2={CHART.width - CHART.right}
                    y1={yOf(tick, 0, max())}
                    y2={yOf(tick, 0, max())}
                  />
                  <text x={CHART.left - 6} y={yOf(tick, 0, max()) + 4} text-anchor="end">
                    {formatNumber(tick, locale(), 0)}
                  </text>
                </g>
              )}
            </For>
            <For each={rows()}>
              {(row, i) => (
                <g>
                  <rect
                    class="chart__bar"
                    x={xOf(i(), rows().length) - barWidth() / 2}
                    width={barWidth()}
                    y={yOf(row.members, 0, max())}
                    height={yOf(0, 0, max()) - yOf(row.members, 0, max())}
                  />
                  <text class="chart__label" x={xOf(i(), rows().length)} y={CHART.height - 12} text-anchor="middle">
                    {audienceName(row.audience).slice(0, locale() === 'en' ? 10 : 4)}
                  </text>
                </g>
              )}
            </For>
          </svg>
        </figure>
        <TableRegion label={td('dash.outreach.chart')}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{td('dash.outreach.audience')}</th>
                <th scope="col">{td('dash.outreach.groups')}</th>
                <th scope="col">{td('dash.outreach.members')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => (
                  <tr>
                    <th scope="row">{audienceName(row.audience)}</th>
                    <td>{formatNumber(row.groups, locale(), 0)}</td>
                    <td>{formatNumber(row.members, locale(), 0)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </div>
      <Show when={props.outreach.campaigns.length > 0}>
        <h3>{td('dash.outreach.campaigns')}</h3>
        <TableRegion label={td('dash.outreach.campaigns')}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{td('dash.outreach.campaign')}</th>
                <th scope="col">{td('dash.outreach.events')}</th>
                <th scope="col">{td('dash.outreach.leaflets')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.outreach.campaigns}>
                {(campaign) => (
                  <tr>
                    <th scope="row">{label(campaign.name)}</th>
                    <td>{formatNumber(campaign.events, locale(), 0)}</td>
                    <td>{formatNumber(campaign.leaflets, locale(), 0)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </Show>
    </section>
  )
}
