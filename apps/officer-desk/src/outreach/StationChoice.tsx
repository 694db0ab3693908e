import type { PublicStations } from '@platform/contracts'
import { label } from '@platform/ui'
import { For } from 'solid-js'

/** A branch-wide account's choice of station (or the whole district, when `all` names it). */
export function StationChoice(props: {
  id: string
  label: string
  all?: string
  stations: PublicStations['stations']
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        class="input"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{props.all ?? ''}</option>
        <For each={props.stations}>
          {(station) => (
            <option value={station.id} selected={station.id === props.value}>
              {label(station.name)}
            </option>
          )}
        </For>
      </select>
    </div>
  )
}
