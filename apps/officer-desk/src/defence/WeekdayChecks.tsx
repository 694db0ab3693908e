import { locale } from '@platform/ui'
import { For } from 'solid-js'
import { WEEKDAYS, weekdayName } from './days'

/** A shop's closed days as the week's checkboxes (ISO 1 = Monday … 7 = Sunday, as the API counts). */
export function WeekdayChecks(props: { chosen: number[]; onChange: (days: number[]) => void }) {
  return (
    <div class="defence-weekdays">
      <For each={WEEKDAYS}>
        {(day) => (
          <label class="checklist__item">
            <input
              type="checkbox"
              value={day}
              checked={props.chosen.includes(day)}
              onChange={(e) =>
                props.onChange(e.currentTarget.checked ? [...props.chosen, day] : props.chosen.filter((d) => d !== day))
              }
            />
            <span>{weekdayName(day, locale())}</span>
          </label>
        )}
      </For>
    </div>
  )
}
