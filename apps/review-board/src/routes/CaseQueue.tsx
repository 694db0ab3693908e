import type { CaseSummary, PublicStations } from '@platform/contracts'
import { AsyncView, formatDay, label, locale, TableRegion, usePageTitle } from '@platform/ui'
import { A, useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchQueue, fetchStations } from '../cases-api'
import { t } from '../i18n'

const STATUSES = ['open', 'decided'] as const

export function CaseQueue() {
  usePageTitle(
    () => t('queue.title'),
    () => t('board.appTitle'),
  )
  const [params, setParams] = useSearchParams<{ status?: string; station?: string; dueBefore?: string }>()
  const filter = () => ({ status: params.status, station: params.station, dueBefore: params.dueBefore })
  const [queue, queueActions] = createResource(filter, fetchQueue)
  const [stations] = createResource(fetchStations)

  const apply = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const value = (name: string) => (form.get(name) as string) || undefined
    setParams({ status: value('status'), station: value('station'), dueBefore: value('dueBefore') })
  }

  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="queue-title">
        <h1 id="queue-title">{t('queue.title')}</h1>
        <p class="lead">{t('queue.lead')}</p>
      </section>
      <form class="filters" aria-label={t('queue.filters')} onSubmit={apply}>
        <div class="field">
          <label class="field__label" for="filter-status">
            {t('queue.status')}
          </label>
          <select class="input" id="filter-status" name="status" value={params.status ?? ''}>
            <option value="">{t('queue.any')}</option>
            <For each={STATUSES}>{(status) => <option value={status}>{t(`status.${status}`)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="filter-station">
            {t('queue.station')}
          </label>
          <select class="input" id="filter-station" name="station" value={params.station ?? ''}>
            <option value="">{t('queue.any')}</option>
            <For each={stations()?.stations ?? []}>
              {(station) => <option value={station.id}>{label(station.name)}</option>}
            </For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="filter-due">
            {t('queue.dueBefore')}
          </label>
          <input class="input" id="filter-due" name="dueBefore" type="date" value={params.dueBefore ?? ''} />
        </div>
        <button class="button" type="submit">
          {t('queue.apply')}
        </button>
      </form>
      <AsyncView resource={queue} onRetry={queueActions.refetch}>
        {(data) => <QueueTable cases={data.cases} stations={stations()} />}
      </AsyncView>
    </div>
  )
}

function QueueTable(props: { cases: CaseSummary[]; stations: PublicStations | undefined }) {
  const stationName = (id: string) => {
    const station = props.stations?.stations.find((s) => s.id === id)
    return station ? label(station.name) : id
  }
  return (
    <Show when={props.cases.length > 0} fallback={<p class="muted">{t('queue.none')}</p>}>
      <TableRegion label={t('queue.caption')}>
        <table class="table">
          <caption>{t('queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.case')}</th>
              <th scope="col">{t('col.station')}</th>
              <th scope="col">{t('col.happenedOn')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.deadline')}</th>
              <th scope="col">{t('col.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.cases}>
              {(item) => (
                <tr>
                  <th scope="row">
                    <A href={`/cases/${item.id}`}>{item.duty}</A>
                  </th>
                  <td>{stationName(item.stationId)}</td>
                  <td>{formatDay(item.happenedOn, locale())}</td>
                  <td>
                    <span class={item.status === 'open' ? 'badge badge--primary' : 'badge'}>
                      {t(`status.${item.status}`)}
                    </span>
                  </td>
                  <td>{formatDay(item.deadline, locale())}</td>
                  <td>{item.outcome ? t(`outcome.${item.outcome}`) : t('outcome.none')}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </Show>
  )
}
