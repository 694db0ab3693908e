import type { TaskItem, TaskList, TaskProgressRequest, TaskView } from '@platform/contracts'
import { AsyncView, formatDay, label, locale, RequestError, usePageTitle } from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createEffect, createResource, createSignal, For, on, Show } from 'solid-js'
import { t } from '../i18n'
import { OutboxPanel } from '../offline/OutboxPanel'
import { outboxDelivered, saveThroughOutbox } from '../offline/outbox'
import { queuedText } from '../offline/queued-text'
import { failureText } from '../work/refusal-text'
import { fetchMyTasks, newKey, taskProgressPath } from '../work/work-api'
import { MeetingList, taskState } from './TaskBits'

const VIEWS: TaskView[] = ['day', 'week', 'month', 'quarter', 'year']
const isView = (value: string | undefined): value is TaskView => VIEWS.includes(value as TaskView)

/** /desk/tasks?period=…: the officer's task lists by period, with progress and completion. */
export function Tasks() {
  usePageTitle(
    () => t('tasks.title'),
    () => t('desk.appTitle'),
  )
  const [params] = useSearchParams<{ period: string; date: string }>()
  const view = (): TaskView => (isView(params.period) ? params.period : 'week')
  const [list, { refetch }] = createResource(
    () => ({ view: view(), date: params.date }),
    (source) => fetchMyTasks(source.view, source.date),
  )
  const [saved, setSaved] = createSignal('')
  // A completion the outbox delivered in the background changes the progress shown.
  createEffect(on(outboxDelivered, () => refetch(), { defer: true }))
  return (
    <div class="stack-lg">
      <h1>{t('tasks.title')}</h1>
      <nav aria-label={t('tasks.period')}>
        <ul class="plain-list cluster period-tabs">
          <For each={VIEWS}>
            {(v) => (
              <li>
                <a href={`/desk/tasks?period=${v}`} class="period-tab" aria-current={view() === v ? 'page' : undefined}>
                  {t(`tasks.period.${v}`)}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <OutboxPanel />
      {/* Outside the list: saving reloads the list, and the confirmation must outlive it. */}
      <p id="tasks-saved" role="status" class="form-message">
        {saved()}
      </p>
      <AsyncView resource={list} onRetry={refetch}>
        {(value) => (
          <TaskListView
            list={value}
            onSaved={(title) => {
              setSaved(t('tasks.savedTitle', { title }))
              refetch()
            }}
          />
        )}
      </AsyncView>
    </div>
  )
}

function TaskListView(props: { list: TaskList; onSaved: (title: string) => void }) {
  const p = () => props.list.progress
  return (
    <>
      <section class="stack" aria-labelledby="tasks-window">
        <h2 id="tasks-window">
          {t('tasks.window', {
            from: formatDay(props.list.from, locale()),
            to: formatDay(props.list.to, locale()),
          })}
        </h2>
        <p id="tasks-progress" class="week-hours">
          {t('tasks.progress', { due: p().due, done: p().done, overdue: p().overdue })}
        </p>
        <progress class="week-bar" max={Math.max(1, p().due)} value={p().done} aria-labelledby="tasks-progress" />
      </section>
      <Show when={props.list.meetings.length > 0}>
        <section class="stack" aria-labelledby="tasks-meetings">
          <h2 id="tasks-meetings">{t('tasks.meetings')}</h2>
          <MeetingList meetings={props.list.meetings} />
        </section>
      </Show>
      <Show when={props.list.items.length > 0} fallback={<p>{t('tasks.none')}</p>}>
        <ul class="plain-list stack task-cards">
          <For each={props.list.items}>{(item) => <TaskCard item={item} onSaved={props.onSaved} />}</For>
        </ul>
      </Show>
    </>
  )
}

/** One task: what it asks, where it stands, and the form that records progress (counts, note, checklist). */
function TaskCard(props: { item: TaskItem; onSaved: (title: string) => void }) {
  const item = () => props.item
  const id = `task-${props.item.id}`
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>()
  const [busy, setBusy] = createSignal(false)
  let key = newKey()
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const body: TaskProgressRequest = {}
    const done = form.get('done')
    if (done !== null && String(done) !== '') body.done = Number(done)
    const note = String(form.get('note') ?? '').trim()
    if (note) body.note = note
    if (item().evidence === 'checklist') body.checked = form.getAll('checked').map(Number)
    setBusy(true)
    setMessage(undefined)
    try {
      const outcome = await saveThroughOutbox({
        key,
        kind: 'task_completion',
        path: taskProgressPath(item().id),
        body,
        display: { title: item().title },
      })
      if (outcome.state === 'refused') {
        setMessage({ ok: false, text: failureText(new RequestError({ status: 422, ...outcome })) })
        return
      }
      key = newKey()
      setMessage({ ok: true, text: outcome.state === 'sent' ? t('tasks.saved') : queuedText(outcome) })
      if (outcome.state === 'sent') props.onSaved(label(item().title))
    } catch (error) {
      setMessage({ ok: false, text: failureText(error) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <li class="card stack task-card" data-state={taskState(item())}>
      <h3 id={`${id}-title`}>{label(item().title)}</h3>
      <p class="cluster">
        <span class="tag">{t(`tasks.kind.${item().kind}`)}</span>
        <span class="tag">{t(`tasks.cadence.${item().cadence}`)}</span>
        <span class="badge task-state" data-state={taskState(item())}>
          {t(`tasks.status.${taskState(item())}`)}
        </span>
      </p>
      <p>
        {t('tasks.doneOf', { done: item().done, target: item().target, unit: label(item().unit) })} ·{' '}
        {t('tasks.dueDate', { date: formatDay(item().dueDate, locale()) })}
      </p>
      <p class="muted">{t(`tasks.evidence.${item().evidence}`)}</p>
      <form
        class="stack"
        onSubmit={submit}
        onInput={() => (key = newKey())}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-message`}
      >
        <Show when={item().evidence !== 'note'}>
          <div class="field">
            <label class="field__label" for={`${id}-done`}>
              {t('tasks.doneCount', { unit: label(item().unit) })}
            </label>
            <input
              id={`${id}-done`}
              name="done"
              class="input input--short"
              type="number"
              inputMode="numeric"
              min="0"
              max="100000"
              step="1"
              value={item().done}
            />
          </div>
        </Show>
        <Show when={item().checklist}>
          {(checklist) => (
            <fieldset class="stack checklist">
              <legend>{t('tasks.checklist', { title: label(checklist().title) })}</legend>
              <For each={checklist().items}>
                {(entry) => (
                  <label class="checklist__item">
                    <input
                      type="checkbox"
                      name="checked"
                      value={entry.position}
                      checked={item().checked.includes(entry.position)}
                    />
                    <span>{label(entry.text)}</span>
                  </label>
                )}
              </For>
            </fieldset>
          )}
        </Show>
        <div class="field">
          <label class="field__label" for={`${id}-note`}>
            {t('tasks.note')}
            <Show when={item().evidence === 'note'}> {t('tasks.noteRequired')}</Show>
          </label>
          <textarea id={`${id}-note`} name="note" class="input" rows={2} maxLength={500}>
            {item().note ?? ''}
          </textarea>
        </div>
        <p
          id={`${id}-message`}
          role={message()?.ok === false ? 'alert' : 'status'}
          classList={{ 'form-message': true, 'form-message--error': message()?.ok === false }}
        >
          {message()?.text ?? ''}
        </p>
        <button
          type="submit"
          class="button"
          disabled={busy()}
          aria-label={t('tasks.saveFor', { title: label(item().title) })}
        >
          {t('tasks.save')}
        </button>
      </form>
    </li>
  )
}
