import type { PresenceActivity, PresenceEntryRequest, StationDetail } from '@platform/contracts'
import { label, RequestError } from '@platform/ui'
import { A } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { beijingTime } from '../components/beijing-time'
import { t } from '../i18n'
import { saveThroughOutbox } from '../offline/outbox'
import { queuedText } from '../offline/queued-text'
import { failureText } from '../work/refusal-text'
import { newKey, PRESENCE_PATH } from '../work/work-api'
import { ACTIVITIES } from './activities'

// The start of a running timer survives a reload or a phone going to sleep: it lives on the phone.
const TIMER_KEY = 'officer-desk.timer.v1'
type Running = { start: string; owner: string }

function readTimer(owner: string): Running | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(TIMER_KEY) ?? 'null') as Running | null
    return value && value.owner === owner && typeof value.start === 'string' ? value : undefined
  } catch {
    return undefined
  }
}
function writeTimer(value: Running | undefined) {
  try {
    if (value) localStorage.setItem(TIMER_KEY, JSON.stringify(value))
    else localStorage.removeItem(TIMER_KEY)
  } catch {
    // Storage blocked: the timer lasts as long as the page.
  }
}

/** Now, to the minute (the platform refuses time in the future, so never round up). */
const nowToMinute = () => {
  const now = new Date()
  now.setSeconds(0, 0)
  return now.toISOString()
}

/**
 * "Log time" in two taps: start when arriving in the community, stop when leaving; the stretch is
 * saved through the outbox, so it is kept even without a connection.
 */
export function OneTapTimer(props: { owner: string; gridIds: string[]; station: StationDetail | undefined }) {
  const [running, setRunning] = createSignal(readTimer(props.owner))
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>()
  const [busy, setBusy] = createSignal(false)
  const start = () => {
    const value = { start: nowToMinute(), owner: props.owner }
    writeTimer(value)
    setRunning(value)
    setMessage(undefined)
  }
  const cancel = () => {
    writeTimer(undefined)
    setRunning(undefined)
  }
  const stop = async (event: SubmitEvent) => {
    event.preventDefault()
    const current = running()
    if (!current) return
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const end = nowToMinute()
    if (Date.parse(end) - Date.parse(current.start) < 60_000) {
      setMessage({ ok: false, text: t('timer.tooShort') })
      return
    }
    const body: PresenceEntryRequest = {
      start: current.start,
      end,
      gridId: String(form.get('gridId') ?? ''),
      activity: String(form.get('activity') ?? 'other') as PresenceActivity,
    }
    setBusy(true)
    try {
      const outcome = await saveThroughOutbox({ key: newKey(), kind: 'presence', path: PRESENCE_PATH, body })
      if (outcome.state === 'refused') {
        setMessage({ ok: false, text: failureText(new RequestError({ status: 422, ...outcome })) })
        return
      }
      cancel()
      const minutes = Math.round((Date.parse(end) - Date.parse(current.start)) / 60_000)
      setMessage({
        ok: true,
        text: outcome.state === 'sent' ? t('work.log.saved', { minutes }) : queuedText(outcome),
      })
    } catch (error) {
      setMessage({ ok: false, text: failureText(error) })
    } finally {
      setBusy(false)
    }
  }
  const gridName = (id: string) => {
    const grid = props.station?.grids.find((g) => g.id === id)
    return grid ? label(grid.name) : id
  }
  return (
    <section class="stack card timer" aria-labelledby="timer-title">
      <h2 id="timer-title">{t('timer.title')}</h2>
      <p class="muted">{t('timer.hint')}</p>
      <Show
        when={running()}
        fallback={
          <button type="button" class="button timer__button" onClick={start}>
            {t('timer.start')}
          </button>
        }
      >
        {(current) => (
          <form class="stack" onSubmit={stop}>
            <p class="timer__running" role="status">
              {t('timer.running', { time: beijingTime(current().start) })}
            </p>
            <div class="field">
              <label class="field__label" for="timer-grid">
                {t('work.log.grid')}
              </label>
              <select id="timer-grid" name="gridId" class="input" required>
                <For each={props.gridIds}>{(id) => <option value={id}>{gridName(id)}</option>}</For>
              </select>
            </div>
            <div class="field">
              <label class="field__label" for="timer-activity">
                {t('work.log.activity')}
              </label>
              <select id="timer-activity" name="activity" class="input">
                <For each={ACTIVITIES}>{(a) => <option value={a}>{t(`work.activity.${a}`)}</option>}</For>
              </select>
            </div>
            <div class="cluster">
              <button type="submit" class="button timer__button" disabled={busy()}>
                {t('timer.stop')}
              </button>
              <button type="button" class="button button--secondary" onClick={cancel}>
                {t('timer.cancel')}
              </button>
            </div>
          </form>
        )}
      </Show>
      <p
        id="timer-message"
        role={message()?.ok === false ? 'alert' : 'status'}
        classList={{ 'form-message': true, 'form-message--error': message()?.ok === false }}
      >
        {message()?.text ?? ''}
      </p>
      <A href="/week">{t('timer.fullForm')}</A>
    </section>
  )
}
