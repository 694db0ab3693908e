import { For } from 'solid-js'

export type Stat = { label: string; value: string }

/** Key figures as a description list: label and value stay paired for assistive technology. */
export function StatList(props: { stats: Stat[] }) {
  return (
    <dl class="stats">
      <For each={props.stats}>
        {(stat) => (
          <div class="stat">
            <dt class="stat__label">{stat.label}</dt>
            <dd class="stat__value">{stat.value}</dd>
          </div>
        )}
      </For>
    </dl>
  )
}
