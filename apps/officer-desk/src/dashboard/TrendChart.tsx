import type { Figures } from '@platform/contracts'
import { formatPercent, locale } from '@platform/ui'
import { For } from 'solid-js'
import { Chart, ChartLegend, ChartTable } from './Chart'
import { Line, TargetLine } from './chart-marks'
import { rateFloor, ticks } from './chart-scale'
import { td } from './messages'

type Point = Figures['trend'][number]

const percent = (v: number | null) => (v === null ? td('dash.noData') : formatPercent(v, locale(), 1))

/**
 * Registration rates month by month as lines, the 100 % target dashed. The picture is named and
 * described for screen readers; the same numbers are in the table below it.
 */
export function TrendChart(props: { trend: Point[] }) {
  const min = () => rateFloor(props.trend.flatMap((p) => [p.floatingRate, p.rentalRate]))
  return (
    <Chart
      title={td('dash.trend.title')}
      desc={td('dash.trend.desc', { count: props.trend.length })}
      labels={props.trend.map((p) => p.month.slice(5))}
      min={min()}
      max={1}
      ticks={ticks(min(), 1)}
      tickText={(tick) => formatPercent(tick, locale(), 0)}
      after={
        <>
          <ChartLegend
            keys={[
              { text: td('dash.trend.floating'), variant: 'floating' },
              { text: td('dash.trend.rental'), variant: 'rental' },
              { text: td('dash.trend.target'), variant: 'target' },
            ]}
          />
          <ChartTable
            class="chart__data"
            summary={td('dash.trend.table')}
            title={td('dash.trend.title')}
            columns={[
              td('dash.trend.month'),
              td('dash.trend.floating'),
              td('dash.trend.rental'),
              td('dash.penalties.count'),
            ]}
          >
            <For each={props.trend}>
              {(point) => (
                <tr>
                  <th scope="row">{point.month}</th>
                  <td>{percent(point.floatingRate)}</td>
                  <td>{percent(point.rentalRate)}</td>
                  <td>{point.illegalRentalPenalties}</td>
                </tr>
              )}
            </For>
          </ChartTable>
        </>
      }
    >
      <TargetLine value={1} min={min()} max={1} />
      <Line variant="floating" values={props.trend.map((p) => p.floatingRate)} min={min()} max={1} />
      <Line variant="rental" values={props.trend.map((p) => p.rentalRate)} min={min()} max={1} />
    </Chart>
  )
}
