import type { Meeting } from '@platform/contracts'
import { formatDay, locale } from '@platform/ui'
import { For, Show } from 'solid-js'
import { beijingTime } from '../components/beijing-time'
import { tt } from './messages'

/** The station's meetings of the coming months, by date. */
export function MeetingSchedule(props: { meetings: Meeting[] }) {
  return (
    <section class="stack" aria-labelledby="cal-upcoming">
      <h3 id="cal-upcoming">{tt('cal.upcoming')}</h3>
      <Show when={props.meetings.length > 0} fallback={<p class="muted">{tt('cal.none')}</p>}>
        <ul class="plain-list stack tpl-meetings">
          <For each={props.meetings}>
            {(m) => (
              <li>
                <strong>{tt('cal.at', { date: formatDay(m.date, locale()), time: beijingTime(m.startsAt) })}</strong>{' '}
                {tt(`cal.kind.${m.kind}`)}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
