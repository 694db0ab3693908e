import { For, Show } from 'solid-js'
import { CHART, linePath, plotWidth, xOf, yOf } from './chart-scale'

// The marks a dashboard chart draws inside its frame (Chart.tsx), one value per slot; a missing
// value (null: no data that month) draws nothing.

type Marks = { values: readonly (number | null)[]; min: number; max: number }

/** A bar per slot from the axis' floor up to its value. */
export function Bars(props: Marks) {
  const width = () => (plotWidth / Math.max(props.values.length, 1)) * 0.6
  return (
    <For each={props.values}>
      {(value, i) => (
        <Show when={value !== null}>
          <rect
            class="chart__bar"
            x={xOf(i(), props.values.length) - width() / 2}
            width={width()}
            y={yOf(value ?? 0, props.min, props.max)}
            height={yOf(props.min, props.min, props.max) - yOf(value ?? 0, props.min, props.max)}
          />
        </Show>
      )}
    </For>
  )
}

/** A line through the values; `variant` names its colour (chart__line--floating …). */
export function Line(props: Marks & { variant: string }) {
  return <path class={`chart__line chart__line--${props.variant}`} d={linePath(props.values, props.min, props.max)} />
}

/** A dot on each value, for a line whose points matter one by one. */
export function Dots(props: Marks) {
  return (
    <For each={props.values}>
      {(value, i) => (
        <Show when={value !== null}>
          <circle
            class="chart__dot"
            cx={xOf(i(), props.values.length)}
            cy={yOf(value ?? 0, props.min, props.max)}
            r="4"
          />
        </Show>
      )}
    </For>
  )
}

/** The dashed line of a target across the plot. */
export function TargetLine(props: { value: number; min: number; max: number }) {
  return (
    <line
      class="chart__target"
      x1={CHART.left}
      x2={CHART.width - CHART.right}
      y1={yOf(props.value, props.min, props.max)}
      y2={yOf(props.value, props.min, props.max)}
    />
  )
}
