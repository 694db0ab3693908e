import type { Label, PresenceEntryRequest } from '@platform/contracts'
import { formatDay, label, locale } from '@platform/ui'
import { For, Match, Show, Switch } from 'solid-js'
import { beijingDate, beijingTime } from '../components/beijing-time'
import { t } from '../i18n'
import { ruleName } from '../work/refusal-text'
import { dismissOutboxItem, flushOutbox, outboxActivity, outboxItems } from './outbox'
import type { OutboxItem } from './queue'

/** One line saying what the item is: the time entry's day and hours, or the task's title. */
export function describeItem(item: OutboxItem): string {
  if (item.kind === 'presence') {
    const body = item.body as PresenceEntryRequest
    return `${t('outbox.kind.presence')} · ${t('work.entry.time', {
      date: formatDay(beijingDate(body.start), locale()),
      start: beijingTime(body.start),
      end: beijingTime(body.end),
    })} · ${t(`work.activity.${body.activity}`)}`
  }
  const title = item.display?.title as Label | undefined
  return `${t('outbox.kind.task_completion')}${title ? ` · ${label(title)}` : ''}`
}

/**
 * The outbox made visible: how many wait, each with its state, refusals with the rule in words
 * (dismissed by the user), and a button to try again now. Hidden when nothing waits.
 */
export function OutboxPanel(props: { alwaysShow?: boolean }) {
  const waiting = () => outboxItems().filter((item) => item.state !== 'refused').length
  return (
    <Show when={props.alwaysShow || outboxItems().length > 0}>
      <section class="stack card outbox" aria-labelledby="outbox-title">
        <h2 id="outbox-title">{t('outbox.title')}</h2>
        <p id="outbox-count" class="outbox__count" role="status">
          {waiting() > 0 ? t('outbox.count', { count: waiting() }) : t('outbox.empty')}
        </p>
        <Show when={waiting() > 0}>
          <p class="muted" role="status">
            <Switch>
              <Match when={outboxActivity() === 'offline'}>{t('outbox.activity.offline')}</Match>
              <Match when={outboxActivity() === 'signed_out'}>{t('outbox.activity.signed_out')}</Match>
              <Match when={outboxActivity() === 'sending'}>{t('outbox.activity.sending')}</Match>
            </Switch>
          </p>
        </Show>
        <Show when={outboxItems().length > 0}>
          <ul class="plain-list stack outbox__list">
            <For each={outboxItems()}>
              {(item) => (
                <li class="outbox__item" data-state={item.state}>
                  <p>{describeItem(item)}</p>
                  <p class="cluster">
                    <span class="badge" data-status={item.state}>
                      {t(`outbox.state.${item.state}`)}
                    </span>
                    <Show when={item.attempts > 0 && item.state !== 'refused'}>
                      <span class="muted">{t('outbox.attempts', { count: item.attempts })}</span>
                    </Show>
                  </p>
                  <Show when={item.state === 'refused' && item.error}>
                    {(error) => (
                      <>
                        <p class="form-message form-message--error" role="alert">
                          {t('outbox.refused', { rule: ruleName(error().code) })}
                        </p>
                        <button
                          type="button"
                          class="button button--secondary"
                          aria-label={t('outbox.dismissLabel', { what: describeItem(item) })}
                          onClick={() => dismissOutboxItem(item.key)}
                        >
                          {t('outbox.dismiss')}
                        </button>
                      </>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={waiting() > 0}>
          <button type="button" class="button button--secondary" onClick={() => void flushOutbox(true)}>
            {t('outbox.sendNow')}
          </button>
        </Show>
      </section>
    </Show>
  )
}
