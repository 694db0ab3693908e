import type { DailyReminder } from '@platform/contracts'
import { AsyncView, formatDay, locale, usePageTitle, useSession } from '@platform/ui'
import { A } from '@solidjs/router'
import { createEffect, createResource, For, on, Show } from 'solid-js'
import { beijingDate } from '../components/beijing-time'
import { t } from '../i18n'
import { OutboxPanel } from '../offline/OutboxPanel'
import { outboxDelivered } from '../offline/outbox'
import { fetchMyWeek, fetchStationDetail, fetchToday } from '../work/work-api'
import { OneTapTimer } from './OneTapTimer'
import { MeetingList, TaskLines } from './TaskBits'

/** /desk/today: the daily reminder — due and overdue tasks, today's meetings, open disputes — and one-tap logging. */
export function Today() {
  usePageTitle(
    () => t('today.title'),
    () => t('desk.appTitle'),
  )
  const user = useSession()
  const [today, { refetch }] = createResource(fetchToday)
  createEffect(on(outboxDelivered, () => refetch(), { defer: true }))
  // The grids the officer may log time in come with the week; their names with the station.
  const [week] = createResource(() => fetchMyWeek().catch(() => undefined))
  const stationId = () => (user.state === 'ready' ? user().scope.stationId : undefined)
  const [station] = createResource(stationId, (id) => fetchStationDetail(id).catch(() => undefined))
  return (
    <div class="stack-lg">
      <h1>{t('today.title')}</h1>
      <Show when={user.state === 'ready' && week.latest}>
        {(current) => (
          <OneTapTimer
            owner={user.state === 'ready' ? user().id : ''}
            gridIds={current().gridIds}
            station={station()}
          />
        )}
      </Show>
      <OutboxPanel />
      <AsyncView resource={today} onRetry={refetch}>
        {(value) => <Reminder reminder={value} />}
      </AsyncView>
    </div>
  )
}

/** A dispute category in words (the code when the dictionaries have no text for it). */
function categoryName(code: string) {
  const key = `category.${code}` as Parameters<typeof t>[0]
  const text = t(key)
  return text === key ? code : text
}

function Reminder(props: { reminder: DailyReminder }) {
  const r = () => props.reminder
  return (
    <>
      <p class="lead">{t('today.date', { date: formatDay(r().date, locale()) })}</p>
      <TaskLines id="today-overdue" title={t('today.overdue')} empty={t('today.noOverdue')} items={r().overdue} />
      <TaskLines id="today-due" title={t('today.due')} empty={t('today.noDue')} items={r().due} />
      <Show when={r().upcoming.length > 0}>
        <TaskLines id="today-upcoming" title={t('today.upcoming')} empty="" items={r().upcoming} />
      </Show>
      <A href="/tasks">{t('today.allTasks')}</A>
      <section class="stack" aria-labelledby="today-meetings">
        <h2 id="today-meetings">{t('today.meetings')}</h2>
        <Show when={r().meetings.length > 0} fallback={<p>{t('today.noMeetings')}</p>}>
          <MeetingList meetings={r().meetings} />
        </Show>
      </section>
      <section class="stack" aria-labelledby="today-disputes">
        <h2 id="today-disputes">{t('today.disputes')}</h2>
        <Show when={r().disputes.available} fallback={<p>{t('today.disputesUnavailable')}</p>}>
          <Show when={r().disputes.items.length > 0} fallback={<p>{t('today.noDisputes')}</p>}>
            <ul class="plain-list stack">
              <For each={r().disputes.items}>
                {(dispute) => (
                  <li class="task-line" data-state={dispute.overdue ? 'overdue' : 'open'}>
                    <A href="/disputes" class="task-line__title">
                      {t('today.dispute', { reference: dispute.reference, category: categoryName(dispute.category) })}
                    </A>
                    <Show when={dispute.dueAt}>
                      {(due) => (
                        <span class="muted">
                          {t('today.disputeDue', { date: formatDay(beijingDate(due()), locale()) })}
                        </span>
                      )}
                    </Show>
                    <Show when={dispute.overdue}>
                      <span class="badge task-state" data-state="overdue">
                        {t('today.disputeOverdue')}
                      </span>
                    </Show>
                    <Show when={dispute.paused}>
                      <span class="badge">{t('today.disputePaused')}</span>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </section>
    </>
  )
}
