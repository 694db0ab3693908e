import type { Meeting, TaskItem } from '@platform/contracts'
import { formatDay, label, locale } from '@platform/ui'
import { For, Show } from 'solid-js'
import { beijingTime } from '../components/beijing-time'
import { t } from '../i18n'

/** A task's state in words: done, overdue (open past its due date), or open. */
export const taskState = (item: TaskItem) => (item.status === 'done' ? 'done' : item.overdue ? 'overdue' : 'open')

/** One line of a task for the reminder lists: title, progress against the standard, due date, state. */
export function TaskLine(props: { item: TaskItem }) {
  return (
    <li class="task-line" data-state={taskState(props.item)}>
      <span class="task-line__title">{label(props.item.title)}</span>
      <span class="muted">
        {t('tasks.doneOf', { done: props.item.done, target: props.item.target, unit: label(props.item.unit) })} ·{' '}
        {t('tasks.dueDate', { date: formatDay(props.item.dueDate, locale()) })}
      </span>
      <span class="badge task-state" data-state={taskState(props.item)}>
        {t(`tasks.status.${taskState(props.item)}`)}
      </span>
    </li>
  )
}

/** A titled list of tasks, or a sentence when it is empty. */
export function TaskLines(props: { id: string; title: string; empty: string; items: TaskItem[] }) {
  return (
    <section class="stack" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Show when={props.items.length > 0} fallback={<p>{props.empty}</p>}>
        <ul class="plain-list stack task-lines">
          <For each={props.items}>{(item) => <TaskLine item={item} />}</For>
        </ul>
      </Show>
    </section>
  )
}

/** Meetings of the station's calendar: date, time (Beijing) and kind. */
export function MeetingList(props: { meetings: Meeting[] }) {
  return (
    <ul class="plain-list stack">
      <For each={props.meetings}>
        {(meeting) => (
          <li>
            {t('meeting.line', {
              date: formatDay(meeting.date, locale()),
              time: beijingTime(meeting.startsAt),
              kind: t(`meeting.${meeting.kind}`),
            })}
          </li>
        )}
      </For>
    </ul>
  )
}
