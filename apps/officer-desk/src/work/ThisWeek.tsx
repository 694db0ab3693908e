import type { PresenceActivity, PresenceEntryRequest, PresenceWeek, StationDetail } from '@platform/contracts'
import {
  AsyncView,
  formatDay,
  formatNumber,
  formatPercent,
  label,
  locale,
  RequestError,
  usePageTitle,
  useSession,
} from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createEffect, createResource, createSignal, For, on, Show } from 'solid-js'
import { beijing, beijingDate, beijingTime } from '../components/beijing-time'
import { t } from '../i18n'
import { OutboxPanel } from '../offline/OutboxPanel'
import { outboxDelivered, saveThroughOutbox } from '../offline/outbox'
import { queuedText } from '../offline/queued-text'
import { ACTIVITIES } from '../tasks/activities'
import { DayTimeFields } from './DayTimeFields'
import { failureText } from './refusal-text'
import { fetchMyWeek, fetchStationDetail, newKey, PRESENCE_PATH, submitWeek } from './work-api'

const minutesBetween = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 60_000)

/** /desk/week: the officer's hours against 36 h, the share, the log form and the submit button. */
export function ThisWeek() {
  usePageTitle(
    () => t('work.week.title'),
    () => t('desk.appTitle'),
  )
  const user = useSession()
  // `?week=` (any date of it) opens another week; the current one otherwise.
  const [params] = useSearchParams<{ week: string }>()
  const [week, { refetch }] = createResource(
    () => ({ week: params.week }),
    (source) => fetchMyWeek(source.week),
  )
  // An entry the outbox delivered in the background (the connection came back) belongs in the list.
  createEffect(on(outboxDelivered, () => refetch(), { defer: true }))
  const stationId = () => (user.state === 'ready' ? user().scope.stationId : undefined)
  const [station] = createResource(stationId, (id) => fetchStationDetail(id).catch(() => undefined))
  return (
    <div class="stack-lg">
      <h1>{t('work.week.title')}</h1>
      <AsyncView resource={week} onRetry={refetch}>
        {(value) => <WeekSummary week={value} />}
      </AsyncView>
      <OutboxPanel />
      {/* Outside the view above, so a refetch after saving keeps the form (and its message) in place. */}
      <Show when={week.latest?.status === 'open'}>
        <LogForm gridIds={week.latest?.gridIds ?? []} station={station()} onSaved={refetch} />
      </Show>
      <Show when={week.latest}>
        {(value) => (
          <>
            <EntryList week={value()} station={station()} />
            <SubmitWeek week={value()} onSubmitted={refetch} />
          </>
        )}
      </Show>
    </div>
  )
}

function WeekSummary(props: { week: PresenceWeek }) {
  const totals = () => props.week.totals
  return (
    <section class="stack" aria-labelledby="week-summary">
      <h2 id="week-summary">
        {t('work.week.range', {
          from: formatDay(props.week.weekStart, locale()),
          to: formatDay(props.week.weekEnd, locale()),
        })}
      </h2>
      <p id="week-hours" class="week-hours">
        {t('work.week.hours', {
          hours: formatNumber(totals().hours, locale(), 2),
          target: formatNumber(totals().targetHours, locale()),
        })}
      </p>
      {/* The bar repeats the sentence above for the eye; the sentence is what is read out. */}
      <progress
        class="week-bar"
        max={totals().targetHours}
        value={Math.min(totals().hours, totals().targetHours)}
        aria-labelledby="week-hours"
      />
      <p>
        {totals().share === null
          ? t('work.week.shareNone')
          : t('work.week.share', {
              share: formatPercent(totals().share ?? 0, locale(), 1),
              target: formatPercent(totals().shareTarget, locale()),
            })}
      </p>
      <Show when={totals().awayHours > 0}>
        <p>{t('work.week.away', { hours: formatNumber(totals().awayHours, locale(), 2) })}</p>
      </Show>
      {/* Approved duty exceptions explain a shortfall: say so, and which ones. */}
      <Show when={totals().shortfallExplained}>
        <p>{t('report.shortfallExplained')}</p>
      </Show>
      <Show when={props.week.exceptions.length > 0}>
        <ul class="plain-list stack">
          <For each={props.week.exceptions}>
            {(exception) => (
              <li class="muted">
                {t('work.week.exception', {
                  from: formatDay(exception.startDate, locale()),
                  to: formatDay(exception.endDate, locale()),
                  reason: exception.reason,
                  hours: formatNumber(exception.hours, locale(), 2),
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="badge" data-status={props.week.status}>
        {t(`work.week.status.${props.week.status}`)}
      </p>
    </section>
  )
}

const gridName = (station: StationDetail | undefined, gridId: string) => {
  const grid = station?.grids.find((g) => g.id === gridId)
  return grid ? label(grid.name) : gridId
}

function LogForm(props: { gridIds: string[]; station: StationDetail | undefined; onSaved: () => void }) {
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>()
  const [busy, setBusy] = createSignal(false)
  // One key per filled-in form: a retry after a lost answer sends the same entry once.
  let key = newKey()
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const value = (name: string) => String(form.get(name) ?? '')
    const date = value('date')
    setMessage(undefined)
    setBusy(true)
    const body: PresenceEntryRequest = {
      start: beijing(date, value('start')),
      end: beijing(date, value('end')),
      gridId: value('gridId'),
      activity: value('activity') as PresenceActivity,
      ...(value('note').trim() ? { note: value('note').trim() } : {}),
    }
    try {
      // Written to the phone first, then sent: without a connection it waits in the outbox.
      const outcome = await saveThroughOutbox({ key, kind: 'presence', path: PRESENCE_PATH, body })
      if (outcome.state === 'refused') {
        setMessage({ ok: false, text: failureText(new RequestError({ status: 422, ...outcome })) })
        return
      }
      key = newKey()
      setMessage(
        outcome.state === 'sent'
          ? { ok: true, text: t('work.log.saved', { minutes: minutesBetween(body.start, body.end) }) }
          : { ok: true, text: queuedText(outcome) },
      )
      if (outcome.state === 'sent') props.onSaved()
    } catch (error) {
      setMessage({ ok: false, text: failureText(error) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <section class="stack card" aria-labelledby="log-title">
      <h2 id="log-title">{t('work.log.title')}</h2>
      <form class="stack" onSubmit={submit} aria-describedby="log-message" onInput={() => (key = newKey())}>
        <DayTimeFields
          idPrefix="log"
          labels={{ date: 'work.log.date', start: 'work.log.start', end: 'work.log.end' }}
          start="08:30"
          end="11:30"
        />
        <div class="field">
          <label class="field__label" for="log-grid">
            {t('work.log.grid')}
          </label>
          <select id="log-grid" name="gridId" class="input" required>
            <For each={props.gridIds}>
              {(gridId) => <option value={gridId}>{gridName(props.station, gridId)}</option>}
            </For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="log-activity">
            {t('work.log.activity')}
          </label>
          <select id="log-activity" name="activity" class="input" required>
            <For each={ACTIVITIES}>
              {(activity) => <option value={activity}>{t(`work.activity.${activity}`)}</option>}
            </For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="log-note">
            {t('work.log.note')}
          </label>
          <input id="log-note" name="note" class="input" type="text" maxLength={500} />
        </div>
        <p
          id="log-message"
          role="status"
          classList={{ 'form-message': true, 'form-message--error': message()?.ok === false }}
        >
          {message()?.text ?? ''}
        </p>
        <button type="submit" class="button" disabled={busy()}>
          {t('work.log.save')}
        </button>
      </form>
    </section>
  )
}

function EntryList(props: { week: PresenceWeek; station: StationDetail | undefined }) {
  return (
    <section class="stack" aria-labelledby="entries-title">
      <h2 id="entries-title">{t('work.week.entries')}</h2>
      <Show when={props.week.entries.length > 0} fallback={<p>{t('work.week.noEntries')}</p>}>
        <ul class="plain-list stack entry-list">
          <For each={props.week.entries}>
            {(entry) => (
              <li class="card">
                <p>
                  {t('work.entry.time', {
                    date: formatDay(beijingDate(entry.start), locale()),
                    start: beijingTime(entry.start),
                    end: beijingTime(entry.end),
                  })}
                </p>
                <p class="muted">
                  {t(`work.activity.${entry.activity}`)} · {gridName(props.station, entry.gridId)} ·{' '}
                  {t('work.entry.minutes', { minutes: entry.minutes })}
                </p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}

function SubmitWeek(props: { week: PresenceWeek; onSubmitted: () => void }) {
  const [message, setMessage] = createSignal('')
  const submit = async () => {
    try {
      await submitWeek(props.week.weekStart)
      setMessage(t('work.week.submitted'))
      props.onSubmitted()
    } catch (error) {
      setMessage(failureText(error))
    }
  }
  return (
    <div class="stack">
      <Show when={props.week.status === 'open'}>
        <button type="button" class="button" onClick={submit}>
          {t('work.week.submit')}
        </button>
      </Show>
      <p role="status">{message()}</p>
    </div>
  )
}
