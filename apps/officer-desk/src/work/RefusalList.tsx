import type { Roster } from '@platform/contracts'
import { AsyncView, getStaffJson } from '@platform/ui'
import { createResource, For, Show } from 'solid-js'
import { t } from '../i18n'
import { refusalLine } from './refusal-text'
import { fetchAssignments } from './work-api'

async function load() {
  const [list, roster] = await Promise.all([fetchAssignments(), getStaffJson<Roster>('/api/officers/roster')])
  return { refused: list.refused, names: new Map(roster.officers.map((o) => [o.id, o.name])) }
}

/** The station's refused assignments (who was targeted, when, what, which rule), newest as the API sends them. */
export function RefusalList(props: { titleKey: Parameters<typeof t>[0] }) {
  const [data, { refetch }] = createResource(load)
  return (
    <section class="stack" aria-labelledby="refusal-list-title">
      <h2 id="refusal-list-title">{t(props.titleKey)}</h2>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => (
          <Show when={value.refused.length > 0} fallback={<p>{t('work.assign.noRefusals')}</p>}>
            <ul class="plain-list stack refusal-list">
              <For each={value.refused}>
                {(refusal) => <li>{refusalLine(refusal, value.names.get(refusal.officerId))}</li>}
              </For>
            </ul>
          </Show>
        )}
      </AsyncView>
    </section>
  )
}
