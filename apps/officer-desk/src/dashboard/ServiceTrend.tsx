import type { Figures } from '@platform/contracts'
import { formatNumber, formatPercent, locale, TableRegion } from '@platform/ui'
import { createUniqueId, For, Show } from 'solid-js'
import { CHART, plotWidth, ticks, xOf, yOf } from './chart-scale'
import { ts } from './service-messages'

type Point = Figures['trend'][number]

const hoursText = (v: number | null) =>
  v === null ? ts('dash.noData') : ts('dash.service.hoursValue', { hours: formatNumber(v, locale(), 1) })
const rateText = (v: number | null) => (v === null ? ts('dash.noData') : formatPercent(v, locale(), 1))

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
      <details class="service-trend__data">
        <summary>{ts('dash.service.table')}</summary>
        <TableRegion label={ts('dash.service.title')}>
          <table class="table">
            <caption class="visually-hidden">{ts('dash.service.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{ts('dash.trend.month')}</th>
                <th scope="col">{ts('dash.service.hours')}</th>
                <th scope="col">{ts('dash.service.satisfaction')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.trend}>
                {(point) => (
                  <tr>
                    <th scope="row">{point.month}</th>
                    <td>{hoursText(point.weeklyHoursPerDedicatedOfficer)}</td>
                    <td>{rateText(point.satisfactionRate)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </details>
    </section>
  )
}

function HoursChart(props: { trend: Point[]; target: number }) {
  const id = createUniqueId()
  // Whole tens above the target and every month, one tick per ten hours.
  const max = () =>
    Math.ceil(Math.max(props.target * 1.2, ...props.trend.map((p) => p.weeklyHoursPerDedicatedOfficer ?? 0)) / 10) * 10
  const barWidth = () => (plotWidth / Math.max(props.trend.length, 1)) * 0.6
  const points = () => props.trend.map((p) => `${p.month}: ${hoursText(p.weeklyHoursPerDedicatedOfficer)}`).join('; ')
  return (
    <figure class="chart">
      <svg
        class="chart__svg"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{ts('dash.service.hours')}</title>
        <desc id={`${id}-desc`}>
          {ts('dash.service.desc', { count: props.trend.length, target: props.target, points: points() })}
        </desc>
        <For each={ticks(0, max(), max() / 10)}>
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
              <Show when={point.weeklyHoursPerDedicatedOfficer !== null}>
                <rect
                  class="chart__bar"
                  x={xOf(i(), props.trend.length) - barWidth() / 2}
                  width={barWidth()}
                  y={yOf(point.weeklyHoursPerDedicatedOfficer ?? 0, 0, max())}
                  height={yOf(0, 0, max()) - yOf(point.weeklyHoursPerDedicatedOfficer ?? 0, 0, max())}
                />
              </Show>
              <text class="chart__label" x={xOf(i(), props.trend.length)} y={CHART.height - 12} text-anchor="middle">
                {point.month.slice(5)}
              </text>
            </g>
          )}
        </For>
        <line
          class="chart__target"
          x1={CHART.left}
          x2={CHART.width - CHART.right}
          y1={yOf(props.target, 0, max())}
          y2={yOf(props.target, 0, max())}
        />
      </svg>
      <figcaption class="chart__legend" aria-hidden="true">
        <span class="chart__key chart__key--bar">{ts('dash.service.axisHours')}</span>
        <span class="chart__key chart__key--target">{ts('dash.service.target', { target: props.target })}</span>
      </figcaption>
    </figure>
  )
}

/** A floor under the lowest rate so the four steps up to 100 % are whole percents (96 %, 97 %, …). */
function satisfactionFloor(values: readonly (number | null)[]) {
  const present = values.filter((v): v is number => v !== null)
  const lowest = present.length ? Math.min(...present) : 0.96
  return 1 - (4 * Math.max(1, Math.ceil(((1 - lowest) * 100 + 0.5) / 4))) / 100
}

function SatisfactionChart(props: { trend: Point[] }) {
  const id = createUniqueId()
  const min = () => satisfactionFloor(props.trend.map((p) => p.satisfactionRate))
  const path = () =>
    props.trend
      .map((p, i) => ({ i, v: p.satisfactionRate }))
      .filter((p): p is { i: number; v: number } => p.v !== null)
      .map(
        (p, k) => `${k === 0 ? 'M' : 'L'}${xOf(p.i, props.trend.length).toFixed(1)},${yOf(p.v, min(), 1).toFixed(1)}`,
      )
      .join(' ')
  return (
    <figure class="chart">
      <svg
        class="chart__svg"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{ts('dash.service.satisfaction')}</title>
        <desc id={`${id}-desc`}>
          {props.trend.map((p) => `${p.month}: ${rateText(p.satisfactionRate)}`).join('; ')}
        </desc>
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
            <g>
              <Show when={point.satisfactionRate !== null}>
                <circle
                  class="chart__dot"
                  cx={xOf(i(), props.trend.length)}
                  cy={yOf(point.satisfactionRate ?? 0, min(), 1)}
                  r="4"
                />
              </Show>
              <text class="chart__label" x={xOf(i(), props.trend.length)} y={CHART.height - 12} text-anchor="middle">
                {point.month.slice(5)}
              </text>
            </g>
          )}
        </For>
        <path class="chart__line chart__line--satisfaction" d={path()} />
      </svg>
      <figcaption class="chart__legend" aria-hidden="true">
        <span class="chart__key">{ts('dash.service.axisRate')}</span>
      </figcaption>
    </figure>
  )
}
