import type { AbstractionLedger, Label, LedgerGroupRow, LedgerOfficerRow, PublicStations } from '@platform/contracts'
import {
  AsyncView,
  formatDay,
  formatNumber,
  formatPercent,
  label,
  locale,
  TableRegion,
  usePageTitle,
  useSession,
} from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { t } from '../i18n'
import { RefusalList } from '../work/RefusalList'
import { fetchLedger } from '../work/work-api'

type Figures = Omit<LedgerOfficerRow, 'officerId' | 'name' | 'stationId' | 'teamId' | 'dedicated'>
type Row = Figures & { key: string; name: string; officers?: number }

async function load(week: string | undefined) {
  const [ledger, stations] = await Promise.all([
    fetchLedger(week),
    fetchStations().catch((): PublicStations => ({ stations: [] })),
  ])
  return { ledger, stations: stations.stations }
}

const hours = (value: number) => formatNumber(value, locale(), 2)
const rate = (value: number | null) => (value === null ? '—' : formatPercent(value, locale(), 1))

/** Monday ± 7 days, for the week links. */
const shiftDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** /desk/ledger?week=…: the abstraction ledger of the reader's team, station or branch, worst first. */
export function Ledger() {
  usePageTitle(
    () => t('ledger.title'),
    () => t('desk.appTitle'),
  )
  const user = useSession()
  const roles = () => (user.state === 'ready' ? user().roles : [])
  const [params] = useSearchParams<{ week: string }>()
  const [data, { refetch }] = createResource(
    () => ({ week: params.week }),
    (source) => load(source.week),
  )
  return (
    <div class="stack-lg">
      <h1>{t('ledger.title')}</h1>
      <p class="lead">{t('ledger.lead')}</p>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => <LedgerView ledger={value.ledger} stationName={(id) => stationName(value.stations, id)} />}
      </AsyncView>
      {/* The refused attempts themselves (who, when, which rule) for those who assign. */}
      <Show when={roles().some((role) => role === 'station_head' || role === 'team_leader')}>
        <RefusalList titleKey="ledger.refusals" />
      </Show>
    </div>
  )
}

const stationName = (stations: PublicStations['stations'], id: string) => {
  const station = stations.find((s) => s.id === id)
  return station ? label(station.name) : id
}

function LedgerView(props: { ledger: AbstractionLedger; stationName: (id: string) => string }) {
  const l = () => props.ledger
  const officerRows = (rows: LedgerOfficerRow[]): Row[] =>
    rows.map((r) => ({ ...r, key: r.officerId, name: label(r.name) }))
  const groupRows = (rows: LedgerGroupRow[], name: (r: LedgerGroupRow) => string): Row[] =>
    rows.map((r) => ({ ...r, key: r.id, name: name(r) }))
  const teamName = (r: LedgerGroupRow) => (r.name ? label(r.name as Label) : r.id)
  return (
    <>
      <section class="stack" aria-labelledby="ledger-week">
        <h2 id="ledger-week">
          {t('ledger.week', { from: formatDay(l().weekStart, locale()), to: formatDay(l().weekEnd, locale()) })}
        </h2>
        <nav class="cluster" aria-label={t('ledger.title')}>
          <a href={`/desk/ledger?week=${shiftDays(l().weekStart, -7)}`}>{t('ledger.prevWeek')}</a>
          <a href={`/desk/ledger?week=${shiftDays(l().weekStart, 7)}`}>{t('ledger.nextWeek')}</a>
        </nav>
      </section>
      <section class="stack" aria-labelledby="ledger-worst">
        <h2 id="ledger-worst">{t('ledger.worst')}</h2>
        <Show when={l().worst.length > 0} fallback={<p>{t('ledger.noWorst')}</p>}>
          <ul class="plain-list stack ledger-worst">
            <For each={l().worst}>
              {(row) => (
                <li class="card stack" data-refused={row.refusedAttempts > 0 ? 'yes' : undefined}>
                  <p class="task-line__title">
                    {label(row.name)}
                    <Show when={row.dedicated}>
                      {' '}
                      <span class="tag">{t('work.team.dedicated')}</span>
                    </Show>
                  </p>
                  <p>
                    {t('ledger.worstLine', {
                      refused: row.refusedAttempts,
                      rate: rate(row.rate),
                      away: hours(row.awayHours),
                      exception: hours(row.exceptionHours),
                      community: hours(row.communityHours),
                    })}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <Show when={l().stations.length > 1}>
        <LedgerSection
          id="ledger-stations"
          title={t('ledger.stations')}
          rows={groupRows(l().stations, (r) => props.stationName(r.id))}
        />
      </Show>
      <Show when={l().teams.length > 0}>
        <LedgerSection id="ledger-teams" title={t('ledger.teams')} rows={groupRows(l().teams, teamName)} />
      </Show>
      <LedgerSection id="ledger-officers" title={t('ledger.officers')} rows={officerRows(l().officers)} />
    </>
  )
}

function LedgerSection(props: { id: string; title: string; rows: Row[] }) {
  return (
    <section class="stack" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <LedgerTable id={`${props.id}-table`} caption={props.title} rows={props.rows} />
    </section>
  )
}

function LedgerTable(props: { id: string; caption: string; rows: Row[] }) {
  const groups = () => props.rows.some((r) => r.officers !== undefined)
  return (
    <TableRegion label={props.caption}>
      <table class="table" id={props.id}>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ledger.col.name')}</th>
            <Show when={groups()}>
              <th scope="col" class="num">
                {t('ledger.col.officers')}
              </th>
            </Show>
            <th scope="col" class="num">
              {t('ledger.col.refused')}
            </th>
            <th scope="col" class="num">
              {t('ledger.col.rate')}
            </th>
            <th scope="col" class="num">
              {t('ledger.col.away')}
            </th>
            <th scope="col" class="num">
              {t('ledger.col.exception')}
            </th>
            <th scope="col" class="num">
              {t('ledger.col.community')}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr data-refused={row.refusedAttempts > 0 ? 'yes' : undefined}>
                <th scope="row">{row.name}</th>
                <Show when={groups()}>
                  <td class="num">{row.officers ?? ''}</td>
                </Show>
                <td class="num">{row.refusedAttempts}</td>
                <td class="num">{rate(row.rate)}</td>
                <td class="num">{hours(row.awayHours)}</td>
                <td class="num">{hours(row.exceptionHours)}</td>
                <td class="num">{hours(row.communityHours)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </TableRegion>
  )
}
