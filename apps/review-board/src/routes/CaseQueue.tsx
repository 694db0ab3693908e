import type { PublicStations } from '@platform/contracts'
import { AsyncView, formatDay, label, locale, TableRegion, usePageTitle } from '@platform/ui'
import { A, useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchNominations } from '../board-api'
import { fetchQueue, fetchStations } from '../cases-api'
import { downloadCsv, toCsv } from '../csv'
import { t } from '../i18n'
import { KINDS, type QueueRow, queueRows } from '../queue-rows'
import { StationOptions } from '../StationOptions'

const STATUSES = ['open', 'decided'] as const

type Filter = { kind?: string; status?: string; station?: string; dueBefore?: string }

/** Exemption cases and nominations as one queue; a kind filter asks only the list it names. */
async function loadQueue(filter: Filter) {
  const { kind, ...rest } = filter
  const wantCases = !kind || kind === 'exemption'
  const wantNominations = !kind || kind !== 'exemption'
  const [cases, nominations] = await Promise.all([
    wantCases ? fetchQueue(rest).then((q) => q.cases) : [],
    // Roles that may not read nominations (an officer) see the cases alone.
    wantNominations
      ? fetchNominations({ ...rest, ...(kind ? { kind } : {}) })
          .then((q) => q.nominations)
          .catch(() => [])
      : [],
  ])
  return queueRows(cases, nominations)
}

export function CaseQueue() {
  usePageTitle(
    () => t('queue.title'),
    () => t('board.appTitle'),
  )
  const [params, setParams] = useSearchParams<Filter>()
  const filter = () => ({
    kind: params.kind,
    status: params.status,
    station: params.station,
    dueBefore: params.dueBefore,
  })
  const [queue, queueActions] = createResource(filter, loadQueue)
  const [stations] = createResource(fetchStations)

  const apply = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const value = (name: string) => (form.get(name) as string) || undefined
    setParams({
      kind: value('kind'),
      status: value('status'),
      station: value('station'),
      dueBefore: value('dueBefore'),
    })
  }

  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="queue-title">
        <h1 id="queue-title">{t('queue.title')}</h1>
        <p class="lead">{t('queue.lead')}</p>
        <p>
          <A class="button button--secondary" href="/nominations/new">
            {t('nfile.link')}
          </A>
        </p>
      </section>
      <form class="filters" aria-label={t('queue.filters')} onSubmit={apply}>
        <div class="field">
          <label class="field__label" for="filter-kind">
            {t('queue.kind')}
          </label>
          <select class="input" id="filter-kind" name="kind" value={params.kind ?? ''}>
            <option value="">{t('queue.any')}</option>
            <For each={KINDS}>{(kind) => <option value={kind}>{t(`kind.${kind}`)}</option>}</For>
          </select>
        </div>
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
            <StationOptions stations={stations()?.stations} selected={params.station} />
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
        {(rows) => <QueueTable rows={rows} stations={stations()} />}
      </AsyncView>
    </div>
  )
}

function QueueTable(props: { rows: QueueRow[]; stations: PublicStations | undefined }) {
  const stationName = (id: string) => {
    const station = props.stations?.stations.find((s) => s.id === id)
    return station ? label(station.name) : id
  }
  const outcomeText = (row: QueueRow) =>
    row.outcome
      ? row.kind === 'exemption'
        ? t(`outcome.${row.outcome as 'reject'}`)
        : t(`noutcome.${row.outcome as 'approve'}`)
      : t('outcome.none')
  const exportCsv = () =>
    downloadCsv(
      'board-queue.csv',
      toCsv(
        [
          t('col.kind'),
          t('col.subject'),
          t('col.officer'),
          t('col.station'),
          t('col.status'),
          t('col.deadline'),
          t('col.outcome'),
        ],
        props.rows.map((r) => [
          t(`kind.${r.kind}`),
          r.subject,
          r.officerId,
          stationName(r.stationId),
          t(`status.${r.status}`),
          r.deadline,
          outcomeText(r),
        ]),
      ),
    )
  return (
    <Show when={props.rows.length > 0} fallback={<p class="muted">{t('queue.none')}</p>}>
      <p>
        <button class="button button--secondary" type="button" onClick={exportCsv}>
          {t('csv.export')}
        </button>
      </p>
      <TableRegion label={t('queue.caption')}>
        <table class="table">
          <caption>{t('queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.case')}</th>
              <th scope="col">{t('col.kind')}</th>
              <th scope="col">{t('col.station')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.deadline')}</th>
              <th scope="col">{t('col.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr>
                  <th scope="row">
                    <A href={row.href}>{row.subject}</A>
                  </th>
                  <td>{t(`kind.${row.kind}`)}</td>
                  <td>{stationName(row.stationId)}</td>
                  <td>
                    <span class={row.status === 'open' ? 'badge badge--primary' : 'badge'}>
                      {t(`status.${row.status}`)}
                    </span>
                  </td>
                  <td>{formatDay(row.deadline, locale())}</td>
                  <td>{outcomeText(row)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </Show>
  )
}
