import './defence.css'
import type { GroupRota } from '@platform/contracts'
import { AsyncView, formatDay, label, locale, usePageTitle } from '@platform/ui'
import { A, useParams, useSearchParams } from '@solidjs/router'
import { createEffect, createResource, createSignal, Show } from 'solid-js'
import { beijingToday } from '../components/beijing-time'
import { t } from '../i18n'
import { AddShopForm } from './AddShopForm'
import { fetchGroup, fetchReports, type GroupData } from './api'
import { DutyReportForm } from './DutyReportForm'
import { DutyReports } from './DutyReports'
import { earlier, reportWindow } from './days'
import { tj } from './messages'
import { RotaTable } from './RotaTable'
import { useDefenceRights } from './roles'
import { ShopList } from './ShopList'

/**
 * One joint-defence group: the rota of the next days, the day's duty report (with its problems
 * handed over), its recent reports, and — for the station's team leaders and heads — its shops.
 */
export function GroupPage() {
  const route = useParams<{ id: string }>()
  const today = beijingToday()
  const rights = useDefenceRights()
  const [data, { refetch }] = createResource(
    () => route.id,
    (id) => fetchGroup(id, today),
  )
  usePageTitle(
    () => (data() ? label((data() as GroupData).rota.group.name) : tj('defence.title')),
    () => t('desk.appTitle'),
  )
  // The reports shown: 30 days up to `?to=` (today without it), so an earlier month can be linked.
  const [params, setParams] = useSearchParams<{ to: string }>()
  const range = () => reportWindow(params.to, today)
  const [reports, { refetch: refetchReports }] = createResource(
    () => ({ id: route.id, ...range() }),
    (source) => fetchReports(source.id, source),
  )
  // "Open the report on file" after a 409: show the window ending that day, then move focus to it.
  const [wanted, setWanted] = createSignal<string | null>(null)
  const openReport = (date: string) => {
    if (date < range().from || date > range().to) setParams({ to: date })
    else void refetchReports()
    setWanted(date)
  }
  createEffect(() => {
    const date = wanted()
    if (!date || reports.loading || !reports()) return
    const heading = document.getElementById(`report-${date}`)
    if (heading) {
      heading.scrollIntoView({ block: 'start' })
      heading.focus()
      setWanted(null)
    }
  })

  return (
    <div class="stack-lg">
      <A href="/defence" class="back-link">
        {tj('defence.back')}
      </A>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => (
          <div class="stack-lg">
            <div class="stack">
              <h1>{label(value.rota.group.name)}</h1>
              <p class="lead">{tj('defence.group.street', { street: label(value.rota.group.street) })}</p>
            </div>
            <Rota rota={value.rota} />
            <Show when={rights.report()}>
              <DutyReportForm
                groupId={value.rota.group.id}
                shops={value.rota.shops}
                days={value.rota.days}
                today={today}
                onSaved={() => void refetchReports()}
                onOpenExisting={openReport}
              />
            </Show>
            <section class="stack" aria-labelledby="reports-title">
              <h2 id="reports-title">
                {tj('defence.reports.window', {
                  from: formatDay(range().from, locale()),
                  to: formatDay(range().to, locale()),
                })}
              </h2>
              <div class="cluster">
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => setParams({ to: earlier(range()) })}
                >
                  {tj('defence.reports.earlier')}
                </button>
                <Show when={range().to !== today}>
                  <button type="button" class="button button--secondary" onClick={() => setParams({ to: undefined })}>
                    {tj('defence.reports.latest')}
                  </button>
                </Show>
              </div>
              <AsyncView resource={reports} onRetry={refetchReports}>
                {(list) => (
                  <DutyReports
                    reports={list.reports}
                    shops={value.rota.shops}
                    canEscalate={rights.report()}
                    onChanged={() => void refetchReports()}
                  />
                )}
              </AsyncView>
            </section>
            <ShopList
              group={value.rota.group}
              shops={value.rota.shops}
              groups={value.station.groups}
              canManage={rights.manage()}
              onChanged={() => void refetch()}
            />
            <Show when={rights.manage()}>
              <AddShopForm groupId={value.rota.group.id} shops={value.rota.shops} onAdded={() => void refetch()} />
            </Show>
          </div>
        )}
      </AsyncView>
    </div>
  )
}

function Rota(props: { rota: GroupRota }) {
  const first = () => props.rota.days[0]?.date ?? ''
  return (
    <section class="stack" aria-labelledby="rota-title">
      <h2 id="rota-title">
        {tj('defence.rota.title', { from: formatDay(first(), locale()), count: props.rota.days.length })}
      </h2>
      <p class="muted">{tj('defence.rota.lead')}</p>
      <RotaTable
        label={tj('defence.rota.title', { from: first(), count: props.rota.days.length })}
        days={props.rota.days}
      />
    </section>
  )
}
