import type { PublicStations } from '@platform/contracts'
import { label } from '@platform/ui'
import { For } from 'solid-js'

/**
 * The options of a community select, grouped by station, after an empty first choice (the form
 * then refuses "no community" with its own words): the intake and the survey ask the same way.
 */
export function CommunityOptions(props: { stations: PublicStations['stations']; choose: string }) {
  return (
    <>
      <option value="">{props.choose}</option>
      <For each={props.stations}>
        {(station) => (
          <optgroup label={label(station.name)}>
            <For each={station.communities}>
              {(community) => <option value={community.id}>{label(community.name)}</option>}
            </For>
          </optgroup>
        )}
      </For>
    </>
  )
}
