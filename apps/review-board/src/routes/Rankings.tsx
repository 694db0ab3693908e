import type { ExemptionRates, Label, QuarterSnapshot, StationScores } from '@platform/contracts'
import { AsyncView, formatNumber, formatPercent, label, locale, TableRegion, usePageTitle } from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchExemptionRates, fetchOfficerNames, fetchScores, fetchSnapshot } from '../board-api'
import { fetchStations } from '../cases-api'
import { downloadCsv, toCsv } from '../csv'
import { t } from '../i18n'
import { quarterOfDay, quartersBack } from '../quarters'
import { StationOptions } from '../StationOptions'
import { ConsequenceList } from './ConsequenceList'

type Params = { quarter?: string; station?: string }

export function Rankings() {
  usePageTitle(
    () => t('rankings.title'),
    () => t('board.appTitle'),
  )
  const [params, setParams] = useSearchParams<Params>()
  const [stations] = createResource(fetchStations)
  const [rates, ratesActions] = createResource(fetchExemptionRates)
  // Without a choice: the latest quarter with decided cases, else the current one.
  const quarter = () =>
    params.quarter ?? rates()?.branch.at(-1)?.quarter ?? quarterOfDay(new Date().toISOString().slice(0, 10))
  const [ranking, rankingActions] = createResource(
    () => (rates.loading ? null : { quarter: quarter(), station: params.station }),
    async (p) => {
      const [scores, snapshot, names] = await Promise.all([
        fetchScores(p.quarter, p.station),
        fetchSnapshot(p.quarter, p.station),
        fetchOfficerNames(p.station),
      ])
      return { scores, snapshot, names }
    },
  )
  const apply = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const value = (name: string) => (form.get(name) as string) || undefined
    setParams({ quarter: value('quarter'), station: value('station') })
  }
  const stationName = (id: string | null) => {
    if (id === null) return t('rates.branch')
    const station = stations()?.stations.find((s) => s.id === id)
    return station ? label(station.name) : id
  }
  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="rankings-title">
        <h1 id="rankings-title">{t('rankings.title')}</h1>
        <p class="lead">{t('rankings.lead')}</p>
      </section>
      <form class="filters" aria-label={t('queue.filters')} onSubmit={apply}>
        <div class="field">
          <label class="field__label" for="rankings-quarter">
            {t('rankings.quarter')}
          </label>
          <select class="input" id="rankings-quarter" name="quarter">
            <For each={quartersBack(quarterOfDay(new Date().toISOString().slice(0, 10)), 16)}>
              {(q) => (
                <option value={q} selected={q === quarter()}>
                  {q}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="rankings-station">
            {t('rankings.station')}
          </label>
          <select class="input" id="rankings-station" name="station">
            <StationOptions stations={stations()?.stations} selected={params.station} />
          </select>
        </div>
        <button class="button" type="submit">
          {t('rankings.show')}
        </button>
      </form>
      <AsyncView resource={ranking} onRetry={rankingActions.refetch}>
        {(data) => (
          <>
            <RankingTable scores={data.scores} snapshot={data.snapshot} names={data.names} stationName={stationName} />
            <ConsequenceList quarter={data.scores.quarter} station={params.station} names={data.names} />
          </>
        )}
      </AsyncView>
      <section class="stack" aria-labelledby="rates-title">
        <h2 id="rates-title">{t('rates.title')}</h2>
        <AsyncView resource={rates} onRetry={ratesActions.refetch}>
          {(data) => <RatesTable rates={data} stationName={stationName} />}
        </AsyncView>
      </section>
    </div>
  )
}

function RankingTable(props: {
  scores: StationScores
  snapshot: QuarterSnapshot
  names: Map<string, Label>
  stationName: (id: string | null) => string
}) {
  const n = (v: number) => formatNumber(v, locale())
  const officerName = (id: string) => {
    const name = props.names.get(id)
    return name ? label(name) : id
  }
  const frozenRow = (officerId: string) => props.snapshot.rows.find((r) => r.officerId === officerId)
  const grade = (officerId: string) => {
    const row = frozenRow(officerId)
    return row ? `${t(`grade.${row.grade}`)}${row.star ? ` ★ ${t('col.star')}` : ''}` : '—'
  }
  const exportCsv = () =>
    downloadCsv(
      `ranking-${props.scores.quarter}.csv`,
      toCsv(
        [
          t('col.station'),
          t('col.rank'),
          t('col.officer'),
          t('col.base'),
          t('col.deducted'),
          t('col.adjusted'),
          t('col.score'),
          t('col.grade'),
          t('col.frozen'),
        ],
        props.scores.scores.map((s) => [
          props.stationName(s.stationId),
          s.rank,
          officerName(s.officerId),
          s.basePoints,
          s.deducted,
          s.adjusted,
          s.score,
          grade(s.officerId),
          s.frozen ? t('frozen.yes') : t('frozen.no'),
        ]),
      ),
    )
  return (
    <section class="stack" aria-labelledby="ranking-title">
      <h2 id="ranking-title">
        {t('rankings.caption')} · {props.scores.quarter}
      </h2>
      <p class="muted">
        {props.snapshot.closedAt
          ? t('rankings.closed', { closedAt: props.snapshot.closedAt.slice(0, 10) })
          : t('rankings.open')}
      </p>
      <Show when={props.scores.scores.length > 0} fallback={<p class="muted">{t('rankings.none')}</p>}>
        <p>
          <button class="button button--secondary" type="button" onClick={exportCsv}>
            {t('csv.export')}
          </button>
        </p>
        <TableRegion label={t('rankings.caption')}>
          <table class="table" data-testid="ranking">
            <caption>{t('rankings.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.station')}</th>
                <th scope="col" class="num">
                  {t('col.rank')}
                </th>
                <th scope="col">{t('col.officer')}</th>
                <th scope="col" class="num">
                  {t('col.deducted')}
                </th>
                <th scope="col" class="num">
                  {t('col.adjusted')}
                </th>
                <th scope="col" class="num">
                  {t('col.score')}
                </th>
                <th scope="col">{t('col.grade')}</th>
                <th scope="col">{t('col.frozen')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.scores.scores}>
                {(s) => (
                  <tr data-officer={s.officerId}>
                    <td>{props.stationName(s.stationId)}</td>
                    <td class="num">{s.rank}</td>
                    <th scope="row">{officerName(s.officerId)}</th>
                    <td class="num">{n(s.deducted)}</td>
                    <td class="num">{s.adjusted > 0 ? `+${n(s.adjusted)}` : n(s.adjusted)}</td>
                    <td class="num">{n(s.score)}</td>
                    <td>{grade(s.officerId)}</td>
                    <td>{s.frozen ? t('frozen.yes') : t('frozen.no')}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </Show>
    </section>
  )
}

function RatesTable(props: { rates: ExemptionRates; stationName: (id: string | null) => string }) {
  const rows = () => [...props.rates.branch, ...props.rates.stations]
  const pct = (rate: number | null) => (rate === null ? '—' : formatPercent(rate, locale(), 1))
  const exportCsv = () =>
    downloadCsv(
      'exemption-rates.csv',
      toCsv(
        [t('col.station'), t('col.quarter'), t('col.decided'), t('col.exempted'), t('col.rate')],
        rows().map((r) => [props.stationName(r.stationId), r.quarter, r.decided, r.exempted, r.rate]),
      ),
    )
  return (
    <Show when={rows().length > 0} fallback={<p class="muted">{t('rates.none')}</p>}>
      <p>
        <button class="button button--secondary" type="button" onClick={exportCsv}>
          {t('csv.export')}
        </button>
      </p>
      <TableRegion label={t('rates.caption')}>
        <table class="table" data-testid="exemption-rates">
          <caption>{t('rates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.station')}</th>
              <th scope="col">{t('col.quarter')}</th>
              <th scope="col" class="num">
                {t('col.decided')}
              </th>
              <th scope="col" class="num">
                {t('col.exempted')}
              </th>
              <th scope="col" class="num">
                {t('col.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(r) => (
                <tr>
                  <th scope="row">{props.stationName(r.stationId)}</th>
                  <td>{r.quarter}</td>
                  <td class="num">{r.decided}</td>
                  <td class="num">{r.exempted}</td>
                  <td class="num">{pct(r.rate)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </Show>
  )
}
