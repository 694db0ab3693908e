import type { OutreachOverview } from '@platform/contracts'
import { formatNumber, formatPercent, label, locale, TableRegion } from '@platform/ui'
import { For, Show } from 'solid-js'
import { Chart } from './Chart'
import { Bars } from './chart-marks'
import { ticks } from './chart-scale'
import { downloadCsv, rowsCsv } from './csv'
import { td } from './messages'

const audienceName = (audience: string) => td(`dash.audience.${audience}` as Parameters<typeof td>[0])

/** Members by audience as bars, the same numbers as a table, campaigns with events and leaflets; CSV. */
export function OutreachReach(props: { outreach: OutreachOverview }) {
  const rows = () => props.outreach.byAudience
  const max = () => Math.max(10, ...rows().map((r) => r.members))
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
        <Chart
          title={td('dash.outreach.chart')}
          desc={
            <>
              {td('dash.outreach.desc')}{' '}
              {rows()
                .map((r) => `${audienceName(r.audience)}: ${r.members}`)
                .join('; ')}
            </>
          }
          labels={rows().map((r) => audienceName(r.audience).slice(0, locale() === 'en' ? 10 : 4))}
          min={0}
          max={max()}
          ticks={ticks(0, max())}
          tickText={(tick) => formatNumber(tick, locale(), 0)}
        >
          <Bars values={rows().map((r) => r.members)} min={0} max={max()} />
        </Chart>
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
