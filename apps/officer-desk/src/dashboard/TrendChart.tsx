import type { Figures } from '@platform/contracts'
import { formatPercent, locale, TableRegion } from '@platform/ui'
import { createUniqueId, For } from 'solid-js'
import { CHART, rateFloor, ticks, xOf, yOf } from './chart-scale'
import { td } from './messages'

type Point = Figures['trend'][number]

const path = (points: Point[], value: (p: Point) => number | null, min: number) =>
  points
    .map((p, i) => ({ i, v: value(p) }))
    .filter((p): p is { i: number; v: number } => p.v !== null)
    .map((p, k) => `${k === 0 ? 'M' : 'L'}${xOf(p.i, points.length).toFixed(1)},${yOf(p.v, min, 1).toFixed(1)}`)
    .join(' ')

const shortMonth = (month: string) => month.slice(5)
const percent = (v: number | null) => (v === null ? td('dash.noData') : formatPercent(v, locale(), 1))

/**
 * Registration rates month by month as lines, the 100 % target dashed. The picture is named and
 * described for screen readers; the same numbers are in the table below it.
 */
export function TrendChart(props: { trend: Point[] }) {
  const id = createUniqueId()
  const min = () => rateFloor(props.trend.flatMap((p) => [p.floatingRate, p.rentalRate]))
  return (
    <figure class="chart">
      <svg
        class="chart__svg"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{td('dash.trend.title')}</title>
        <desc id={`${id}-desc`}>{td('dash.trend.desc', { count: props.trend.length })}</desc>
        <For each={ticks(min(), 1)}>
          {(tick) => (
            <g class="chart__tick">
              <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(tick, min(), 1)} y2={yOf(tick, min(), 1)} />
              <text x={CHART.left - 6} y={yOf(tick, min(), 1) + 4} text-anchor="end">
                {formatPercent(tick, locale(), 0)}
              </text>
            </g>
          )}
        </For>
        <For each={props.trend}>
          {(point, i) => (
            <text class="chart__label" x={xOf(i(), props.trend.length)} y={CHART.height - 12} text-anchor="middle">
              {shortMonth(point.month)}
            </text>
          )}
        </For>
        <line
          class="chart__target"
          x1={CHART.left}
          x2={CHART.width - CHART.right}
          y1={yOf(1, min(), 1)}
          y2={yOf(1, min(), 1)}
        />
        <path class="chart__line chart__line--floating" d={path(props.trend, (p) => p.floatingRate, min())} />
        <path class="chart__line chart__line--rental" d={path(props.trend, (p) => p.rentalRate, min())} />
      </svg>
      <figcaption class="chart__legend" aria-hidden="true">
        <span class="chart__key chart__key--floating">{td('dash.trend.floating')}</span>
        <span class="chart__key chart__key--rental">{td('dash.trend.rental')}</span>
        <span class="chart__key chart__key--target">{td('dash.trend.target')}</span>
      </figcaption>
      <details class="chart__data">
        <summary>{td('dash.trend.table')}</summary>
        <TableRegion label={td('dash.trend.title')}>
          <table class="table">
            <caption class="visually-hidden">{td('dash.trend.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{td('dash.trend.month')}</th>
                <th scope="col">{td('dash.trend.floating')}</th>
                <th scope="col">{td('dash.trend.rental')}</th>
                <th scope="col">{td('dash.penalties.count')}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </TableRegion>
      </details>
    </figure>
  )
}
