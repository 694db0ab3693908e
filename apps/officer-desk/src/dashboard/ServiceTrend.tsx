import type { Figures } from '@platform/contracts'
import { formatNumber, formatPercent, locale } from '@platform/ui'
import { For } from 'solid-js'
import { Chart, ChartLegend, ChartTable } from './Chart'
import { Bars, Dots, Line, TargetLine } from './chart-marks'
import { ticks } from './chart-scale'
import { ts } from './service-messages'

type Point = Figures['trend'][number]

const hoursText = (v: number | null) =>
  v === null ? ts('dash.noData') : ts('dash.service.hoursValue', { hours: formatNumber(v, locale(), 1) })
const rateText = (v: number | null) => (v === null ? ts('dash.noData') : formatPercent(v, locale(), 1))
const months = (trend: Point[]) => trend.map((p) => p.month.slice(5))

/**
 * Officers' weekly hours in the community (officers worker) and satisfaction (assessments worker)
 * month by month, next to the registration trend: bars against the weekly target, a line for the
 * rate. Each picture is named and described with its numbers; the table has them too.
 */
export function ServiceTrend(props: { trend: Point[]; weeklyTarget: number }) {
  return (
    <section class="stack" aria-labelledby="service-title">
      <h2 id="service-title">{ts('dash.service.title')}</h2>
      <div class="dashboard-columns">
        <HoursChart trend={props.trend} target={props.weeklyTarget} />
        <SatisfactionChart trend={props.trend} />
      </div>
      <ChartTable
        class="service-trend__data"
        summary={ts('dash.service.table')}
        title={ts('dash.service.title')}
        columns={[ts('dash.trend.month'), ts('dash.service.hours'), ts('dash.service.satisfaction')]}
      >
        <For each={props.trend}>
          {(point) => (
            <tr>
              <th scope="row">{point.month}</th>
              <td>{hoursText(point.weeklyHoursPerDedicatedOfficer)}</td>
              <td>{rateText(point.satisfactionRate)}</td>
            </tr>
          )}
        </For>
      </ChartTable>
    </section>
  )
}

function HoursChart(props: { trend: Point[]; target: number }) {
  const hours = () => props.trend.map((p) => p.weeklyHoursPerDedicatedOfficer)
  // Whole tens above the target and every month, one tick per ten hours.
  const max = () => Math.ceil(Math.max(props.target * 1.2, ...hours().map((v) => v ?? 0)) / 10) * 10
  const points = () => props.trend.map((p) => `${p.month}: ${hoursText(p.weeklyHoursPerDedicatedOfficer)}`).join('; ')
  return (
    <Chart
      title={ts('dash.service.hours')}
      desc={ts('dash.service.desc', { count: props.trend.length, target: props.target, points: points() })}
      labels={months(props.trend)}
      min={0}
      max={max()}
      ticks={ticks(0, max(), max() / 10)}
      tickText={(tick) => formatNumber(tick, locale(), 0)}
      after={
        <ChartLegend
          keys={[
            { text: ts('dash.service.axisHours'), variant: 'bar' },
            { text: ts('dash.service.target', { target: props.target }), variant: 'target' },
          ]}
        />
      }
    >
      <Bars values={hours()} min={0} max={max()} />
      <TargetLine value={props.target} min={0} max={max()} />
    </Chart>
  )
}

/** A floor under the lowest rate so the four steps up to 100 % are whole percents (96 %, 97 %, …). */
function satisfactionFloor(values: readonly (number | null)[]) {
  const present = values.filter((v): v is number => v !== null)
  const lowest = present.length ? Math.min(...present) : 0.96
  return 1 - (4 * Math.max(1, Math.ceil(((1 - lowest) * 100 + 0.5) / 4))) / 100
}

function SatisfactionChart(props: { trend: Point[] }) {
  const rates = () => props.trend.map((p) => p.satisfactionRate)
  const min = () => satisfactionFloor(rates())
  return (
    <Chart
      title={ts('dash.service.satisfaction')}
      desc={props.trend.map((p) => `${p.month}: ${rateText(p.satisfactionRate)}`).join('; ')}
      labels={months(props.trend)}
      min={min()}
      max={1}
      ticks={ticks(min(), 1)}
      tickText={(tick) => formatPercent(tick, locale(), 0)}
      after={<ChartLegend keys={[{ text: ts('dash.service.axisRate') }]} />}
    >
      <Dots values={rates()} min={min()} max={1} />
      <Line variant="satisfaction" values={rates()} min={min()} max={1} />
    </Chart>
  )
}
