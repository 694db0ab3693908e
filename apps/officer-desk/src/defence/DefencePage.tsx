import './defence.css'
import type { DutyOfDay } from '@platform/contracts'
import { AsyncView, formatDay, label, locale, usePageTitle } from '@platform/ui'
import { A } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { beijingToday } from '../components/beijing-time'
import { t } from '../i18n'
import { fetchOverview } from './api'
import { tj } from './messages'
import { RotaTable } from './RotaTable'

/**
 * The station's joint-defence groups: each with its shops, the two on duty today and the next
 * days of the rota; a group opens to its shops, the report form and its recent reports.
 */
export function DefencePage() {
  usePageTitle(
    () => tj('defence.title'),
    () => t('desk.appTitle'),
  )
  const [days, { refetch }] = createResource(() => beijingToday(), fetchOverview)
  return (
    <div class="stack-lg">
      <div class="stack">
        <h1>{tj('defence.title')}</h1>
        <p class="lead">{tj('defence.lead')}</p>
      </div>
      <AsyncView resource={days} onRetry={refetch}>
        {(value) => <Groups days={value} />}
      </AsyncView>
    </div>
  )
}

const shopNames = (shops: DutyOfDay['groups'][number]['onDuty']) =>
  shops.length ? shops.map((s) => label(s.name)).join(tj('defence.separator')) : tj('defence.noneOnDuty')

function Groups(props: { days: DutyOfDay[] }) {
  const today = () => props.days[0] as DutyOfDay
  const later = () => props.days.slice(1)
  const onDay = (day: DutyOfDay, groupId: string) => day.groups.find((g) => g.id === groupId)?.onDuty ?? []
  return (
    <section class="stack" aria-labelledby="defence-groups-title">
      <h2 id="defence-groups-title">{tj('defence.groups', { count: today().groups.length })}</h2>
      <Show when={today().groups.length > 0} fallback={<p>{tj('defence.none')}</p>}>
        <ul class="plain-list defence-groups">
          <For each={today().groups}>
            {(group) => (
              <li class="card stack">
                <h3 class="card__title">
                  <A href={`/defence/${group.id}`}>{label(group.name)}</A>
                </h3>
                <p class="muted">
                  {label(group.street)} · {tj('defence.shopCount', { count: group.shopCount })}
                </p>
                <p>
                  <strong>{tj('defence.today', { date: formatDay(today().date, locale()) })}</strong>{' '}
                  {shopNames(group.onDuty)}
                </p>
                <details class="defence-next">
                  <summary>{tj('defence.nextDays', { count: later().length })}</summary>
                  <RotaTable
                    label={`${label(group.name)} · ${tj('defence.nextDays', { count: later().length })}`}
                    days={later().map((day) => ({ date: day.date, shops: onDay(day, group.id) }))}
                  />
                </details>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
