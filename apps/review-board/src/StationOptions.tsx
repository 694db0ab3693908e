import type { PublicStations } from '@platform/contracts'
import { label } from '@platform/ui'
import { For } from 'solid-js'
import { t } from './i18n'

/** The options of a station filter: "any station" first, then the district's stations, the chosen one selected. */
export function StationOptions(props: { stations: PublicStations['stations'] | undefined; selected?: string }) {
  return (
    <>
      <option value="">{t('queue.any')}</option>
      <For each={props.stations ?? []}>
        {(station) => (
          <option value={station.id} selected={station.id === props.selected}>
            {label(station.name)}
          </option>
        )}
      </For>
    </>
  )
}
