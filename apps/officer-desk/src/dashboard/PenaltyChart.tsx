import type { Figures } from '@platform/contracts'
import { formatNumber, locale } from '@platform/ui'
import { createUniqueId, For } from 'solid-js'
import { CHART, plotWidth, ticks, xOf, yOf } from './chart-scale'
import { td } from './messages'

/** Penalties per month as bars; the numbers are in the trend's table too. */
export function PenaltyChart(props: { trend: Figures['trend'] }) {
  const id = createUniqueId()
  const max = () => Math.max(4, ...props.trend.map((p) => p.illegalRentalPenalties))
  const barWidth = () => (plotWidth / Math.max(props.trend.length, 1)) * 0.6
  return (
    <figure class="chart">
      <svg
        class="chart__svg"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{td('dash.penalties.title')}</title>
        <desc id={`${id}-desc`}>
          {td('dash.penalties.desc', { count: props.trend.length })}{' '}
          {props.trend.map((p) => `${p.month}: ${p.illegalRentalPenalties}`).join('; ')}
        </desc>
        <For each={ticks(0, max())}>
          {(tick) => (
            <g class="chart__tick">
              <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(tick, 0, max())} y2={yOf(tick, 0, max())} />
              <text x={CHART.left - 6} y={yOf(tick, 0, max()) + 4} text-anchor="end">
                {formatNumber(tick, locale(), 0)}
              </text>
            </g>
          )}
        </For>
        <For each={props.trend}>
          {(point, i) => (
            <g>
              <rect
                class="chart__bar"
                x={xOf(i(), props.trend.length) - barWidth() / 2}
                width={barWidth()}
                y={yOf(point.illegalRentalPenalties, 0, max())}
                height={yOf(0, 0, max()) - yOf(point.illegalRentalPenalties, 0, max())}
              />
              <text class="chart__label" x={xOf(i(), props.trend.length)} y={CHART.height - 12} text-anchor="middle">
                {point.month.slice(5)}
              </text>
            </g>
          )}
        </For>
      </svg>
    </figure>
  )
}
