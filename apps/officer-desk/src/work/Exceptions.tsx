import type { DutyException, Roster } from '@platform/contracts'
import { AsyncView, formatDay, getStaffJson, label, locale, usePageTitle } from '@platform/ui'
import { createResource, createSignal, For, Show } from 'solid-js'
import { useHasRole } from '../components/roles'
import { t } from '../i18n'
import { failureText } from './refusal-text'
import { decideException, fetchExceptions } from './work-api'

async function load() {
  const [list, roster] = await Promise.all([fetchExceptions(), getStaffJson<Roster>('/api/officers/roster')])
  return { exceptions: list.exceptions, names: new Map(roster.officers.map((o) => [o.id, o.name])) }
}

/** /desk/exceptions: duty exception requests; the branch approves or rejects them. */
export function Exceptions() {
  usePageTitle(
    () => t('work.exception.list'),
    () => t('desk.appTitle'),
  )
  const has = useHasRole()
  const decides = () => has(['branch_admin'])
  const [data, { refetch }] = createResource(load)
  const [message, setMessage] = createSignal('')
  const decide = async (exception: DutyException, decision: 'approve' | 'reject') => {
    try {
      await decideException(exception.id, decision)
      setMessage(t('work.exception.decided'))
      refetch()
    } catch (error) {
      setMessage(failureText(error))
    }
  }
  return (
    <div class="stack-lg">
      <h1>{t('work.exception.list')}</h1>
      <p role="status">{message()}</p>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => (
          <Show when={value.exceptions.length > 0} fallback={<p>{t('work.exception.none')}</p>}>
            <ul class="plain-list stack">
              <For each={value.exceptions}>
                {(exception) => {
                  const name = value.names.get(exception.officerId)
                  return (
                    <li class="card stack">
                      <p>
                        {t('work.exception.line', {
                          officer: name ? label(name) : exception.officerId,
                          from: formatDay(exception.startDate, locale()),
                          to: formatDay(exception.endDate, locale()),
                          reason: exception.reason,
                        })}
                      </p>
                      <p class="badge">{t(`work.exception.status.${exception.status}`)}</p>
                      <Show when={decides() && exception.status === 'requested'}>
                        <div class="cluster">
                          <button type="button" class="button" onClick={() => decide(exception, 'approve')}>
                            {t('work.exception.approve')}
                          </button>
                          <button
                            type="button"
                            class="button button--secondary"
                            onClick={() => decide(exception, 'reject')}
                          >
                            {t('work.exception.reject')}
                          </button>
                        </div>
                      </Show>
                    </li>
                  )
                }}
              </For>
            </ul>
          </Show>
        )}
      </AsyncView>
    </div>
  )
}
