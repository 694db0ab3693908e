import { TableRegion } from '@platform/ui'
import { createUniqueId, For, type JSX } from 'solid-js'
import { CHART, xOf, yOf } from './chart-scale'

/**
 * The dashboard's chart frame, one for every chart: the picture named and described for screen
 * readers (its numbers are in the description or a table), a gridline per tick with its value, a
 * label under each slot, and the marks (chart-marks.tsx) drawn by the chart itself.
 */
export function Chart(props: {
  title: string
  desc: JSX.Element
  /** The slots from left to right (months, audiences). */
  labels: readonly string[]
  min: number
  max: number
  ticks: readonly number[]
  tickText: (tick: number) => string
  children: JSX.Element
  /** Under the picture, inside the figure: the legend, the table of the numbers. */
  after?: JSX.Element
}) {
  const id = createUniqueId()
  return (
    <figure class="chart">
      <svg
        class="chart__svg"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.desc}</desc>
        <For each={props.ticks}>
          {(tick) => (
            <g class="chart__tick">
              <line
                x1={CHART.left}
                x2={CHART.width - CHART.right}
                y1={yOf(tick, props.min, props.max)}
                y2={yOf(tick, props.min, props.max)}
              />
              <text x={CHART.left - 6} y={yOf(tick, props.min, props.max) + 4} text-anchor="end">
                {props.tickText(tick)}
              </text>
            </g>
          )}
        </For>
        <For each={props.labels}>
          {(text, i) => (
            <text class="chart__label" x={xOf(i(), props.labels.length)} y={CHART.height - 12} text-anchor="middle">
              {text}
            </text>
          )}
        </For>
        {props.children}
      </svg>
      {props.after}
    </figure>
  )
}

/** What the lines and bars stand for; hidden from screen readers, who have the title and description. */
export function ChartLegend(props: { keys: readonly { text: string; variant?: string }[] }) {
  return (
    <figcaption class="chart__legend" aria-hidden="true">
      <For each={props.keys}>
        {(key) => <span class={key.variant ? `chart__key chart__key--${key.variant}` : 'chart__key'}>{key.text}</span>}
      </For>
    </figcaption>
  )
}

/** The numbers behind a chart as a table, folded away under a summary. */
export function ChartTable(props: {
  class: string
  summary: string
  title: string
  columns: readonly string[]
  children: JSX.Element
}) {
  return (
    <details class={props.class}>
      <summary>{props.summary}</summary>
      <TableRegion label={props.title}>
        <table class="table">
          <caption class="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
            </tr>
          </thead>
          <tbody>{props.children}</tbody>
        </table>
      </TableRegion>
    </details>
  )
}
