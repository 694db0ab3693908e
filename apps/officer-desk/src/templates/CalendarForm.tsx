import type { MeetingCalendarRequest, MeetingKind, MeetingSetting, StationMeetingCalendar } from '@platform/contracts'
import { RequestError } from '@platform/ui'
import { createSignal, For, Show } from 'solid-js'
import { ResultLine } from '../components/ResultLine'
import { checked, createSubmission, errorCode, type Outcome } from '../components/submission'
import { setCalendar } from './api'
import { describe, Field } from './Field'
import { tt } from './messages'

const KINDS: MeetingKind[] = ['monthly_summary', 'monthly_progress', 'quarterly_summary']
const WEEKS = [1, 2, 3, 4]
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7]
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const RULES = ['RULE_MEETING_RANGE', 'RULE_MEETING_ORDER', 'RULE_MEETING_KINDS'] as const

/** Errors by `<kind>.<field>` (the refusal's details name them), and the time's. */
type CalendarErrors = Record<string, string>

const ruleText = (code: string) =>
  (RULES as readonly string[]).includes(code)
    ? tt(`cal.err.${code as (typeof RULES)[number]}`)
    : tt('tpl.err.failed', { code })

/** The station's own meeting calendar: week and weekday of each meeting, and the hour. */
export function CalendarForm(props: {
  stationId: string
  calendar: StationMeetingCalendar
  onSaved: (calendar: StationMeetingCalendar) => void
}) {
  const [meetings, setMeetings] = createSignal<MeetingSetting[]>(
    KINDS.map(
      (kind) =>
        props.calendar.meetings.find((m) => m.kind === kind) ??
        (props.calendar.branch.meetings.find((m) => m.kind === kind) as MeetingSetting),
    ),
  )
  const [time, setTime] = createSignal(props.calendar.time)
  const form = createSubmission<CalendarErrors>({
    keyPrefix: 'calendar',
    fixFields: () => tt('tpl.form.fixFields'),
    failed: (error) => ruleText(errorCode(error)),
  })
  const change = (kind: MeetingKind, field: 'week' | 'weekday', value: number) =>
    setMeetings((all) => all.map((m) => (m.kind === kind ? { ...m, [field]: value } : m)))
  const send = (calendar: { time: string; meetings: MeetingSetting[] } | null, done: string) =>
    form.submit({
      check: () =>
        checked<CalendarErrors, MeetingCalendarRequest>(
          calendar && !TIME.test(calendar.time) ? { time: tt('cal.err.time') } : {},
          () => ({ calendar }),
        ),
      send: (input) => setCalendar(props.stationId, input),
      saved: (answer: StationMeetingCalendar): Outcome => {
        props.onSaved(answer)
        return { kind: 'ok', text: done }
      },
      // A rule's refusal names the meeting and field: the words go there, and on the outcome line.
      refused: (error) => {
        if (!(error instanceof RequestError && error.status === 422)) return undefined
        const details = error.details as { kind?: string; field?: string } | undefined
        const text = ruleText(error.code)
        if (details?.kind && details.field) form.setErrors({ [`${details.kind}.${details.field}`]: text })
        return { kind: 'error', text }
      },
    })
  const field = (kind: MeetingKind, name: 'week' | 'weekday') => ({
    id: `cal-${kind}-${name}`,
    get label() {
      return tt(name === 'week' ? 'cal.week' : 'cal.weekday')
    },
    get error() {
      return form.errors()[`${kind}.${name}`]
    },
  })
  const timeField = {
    id: 'cal-time',
    get label() {
      return tt('cal.time')
    },
    get error() {
      return form.errors().time
    },
  }
  return (
    <form
      class="stack"
      novalidate
      onSubmit={(event) => {
        event.preventDefault()
        void send({ time: time(), meetings: meetings() }, tt('cal.saved'))
      }}
    >
      <p class="muted" id="cal-rules">
        {tt('cal.rules')}
      </p>
      <For each={KINDS}>
        {(kind) => {
          const at = () => meetings().find((m) => m.kind === kind) as MeetingSetting
          const week = field(kind, 'week')
          const weekday = field(kind, 'weekday')
          return (
            <fieldset class="stack tpl-meeting">
              <legend>{tt(`cal.kind.${kind}`)}</legend>
              <div class="cluster">
                <Field {...week}>
                  <select
                    {...describe(week)}
                    class="input"
                    onChange={(e) => change(kind, 'week', Number(e.currentTarget.value))}
                  >
                    <For each={WEEKS}>
                      {(n) => (
                        <option value={n} selected={at().week === n}>
                          {tt('cal.weekN', { n })}
                        </option>
                      )}
                    </For>
                  </select>
                </Field>
                <Field {...weekday}>
                  <select
                    {...describe(weekday)}
                    class="input"
                    onChange={(e) => change(kind, 'weekday', Number(e.currentTarget.value))}
                  >
                    <For each={WEEKDAYS}>
                      {(n) => (
                        <option value={n} selected={at().weekday === n}>
                          {tt(`cal.weekday.${n}` as never)}
                        </option>
                      )}
                    </For>
                  </select>
                </Field>
              </div>
            </fieldset>
          )
        }}
      </For>
      <Field {...timeField}>
        <input
          {...describe(timeField)}
          class="input input--short"
          type="time"
          value={time()}
          onInput={(e) => setTime(e.currentTarget.value)}
        />
      </Field>
      <div class="cluster">
        <button type="submit" class="button" disabled={form.busy()}>
          {tt('cal.save')}
        </button>
        <Show when={props.calendar.source === 'station' || props.calendar.fallback}>
          <button
            type="button"
            class="button button--secondary"
            disabled={form.busy()}
            onClick={() => void send(null, tt('cal.reset'))}
          >
            {tt('cal.useBranch')}
          </button>
        </Show>
      </div>
      <ResultLine id="calendar-result" result={form.result()} />
    </form>
  )
}
