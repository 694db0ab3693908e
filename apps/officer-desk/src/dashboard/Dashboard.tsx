import './dashboard.css'
import type { Figures, PublicStations } from '@platform/contracts'
import { AsyncView, formatNumber, formatPercent, label, locale, StatList, usePageTitle } from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { t } from '../i18n'
import { useOwnStation } from '../own-station'
import { type DashboardData, fetchDashboard } from './api'
import { downloadCsv, trendCsv } from './csv'
import { DutyToday } from './DutyToday'
import { KeyUnitsOpen } from './KeyUnitsOpen'
import { LeagueTables } from './LeagueTables'
import { td } from './messages'
import { OutreachReach } from './OutreachReach'
import { PenaltyChart } from './PenaltyChart'
import { RegistrationForm } from './RegistrationForm'
import { ServiceTrend } from './ServiceTrend'
import { ts } from './service-messages'
import { TrendChart } from './TrendChart'

/**
 * The station dashboard: headline figures, the registration trend, the managers' league and the
 * joint-defence duty of the day. Station-bound accounts see their own station; branch-wide
 * accounts pick a station or the whole district (kept in `?station=` so the view can be linked).
 */
export function Dashboard() {
  usePageTitle(
    () => td('dash.title'),
    () => t('desk.appTitle'),
  )
  const own = useOwnStation()
  const [params, setParams] = useSearchParams<{ station: string }>()
  const stationId = () => own.stationId() ?? (params.station || undefined)
  const [data, { refetch }] = createResource(
    () => (own.known() ? { stationId: stationId() } : false),
    (source) => fetchDashboard(source.stationId),
  )
  const [stations] = createResource(() => own.known() && !own.stationId(), fetchStations)

  return (
    <div class="stack-lg">
      <div class="stack">
        <h1>{td('dash.title')}</h1>
        <p class="lead">{td('dash.lead')}</p>
        <Show when={stations()}>
          {(list) => (
            <StationPicker
              stations={list().stations}
              value={params.station ?? ''}
              onChange={(value) => setParams({ station: value || undefined }, { replace: true })}
            />
          )}
        </Show>
      </div>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => <DashboardView data={value} />}
      </AsyncView>
      <Show when={own.stationId()}>{(id) => <RegistrationForm stationId={id()} onSaved={() => void refetch()} />}</Show>
    </div>
  )
}

function StationPicker(props: {
  stations: PublicStations['stations']
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div class="field">
      <label class="field__label" for="dashboard-scope">
        {td('dash.scope.label')}
      </label>
      <select
        id="dashboard-scope"
        class="input"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{td('dash.scope.district')}</option>
        <For each={props.stations}>{(station) => <option value={station.id}>{label(station.name)}</option>}</For>
      </select>
    </div>
  )
}

const rate = (value: number | null) => (value === null ? td('dash.noData') : formatPercent(value, locale(), 1))

/** −43.0 % / +2.1 %: a change always shows its sign. */
const change = (value: number | null | undefined) =>
  value === null || value === undefined
    ? td('dash.noData')
    : new Intl.NumberFormat(locale(), {
        style: 'percent',
        signDisplay: 'exceptZero',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value)

function headline(figures: Figures) {
  const { registration, penalties } = figures
  return [
    { label: td('dash.headline.floatingRate'), value: rate(registration.floatingRate) },
    { label: td('dash.headline.rentalRate'), value: rate(registration.rentalRate) },
    {
      label: td('dash.headline.doubleHundred'),
      value: td('dash.headline.doubleHundredValue', { count: registration.doubleHundred, total: figures.communities }),
    },
    { label: td('dash.headline.penalties'), value: td('dash.headline.penaltiesValue', { count: penalties.inPeriod }) },
    {
      label: td('dash.headline.growth'),
      value:
        penalties.growth === null
          ? td('dash.noData')
          : td('dash.headline.growthValue', { value: formatNumber(penalties.growth, locale(), 1) }),
    },
    {
      label: td('dash.headline.theftYoY'),
      value: change(figures.incidents.find((i) => i.type === 'theft')?.yearOnYear),
    },
    {
      label: td('dash.headline.fraudMoM'),
      value: change(figures.incidents.find((i) => i.type === 'telecom_fraud')?.monthOnMonth),
    },
    { label: td('dash.headline.reporting'), value: `${figures.reporting} / ${figures.communities}` },
    ...peerAndOutreach(figures),
  ]
}

/** Reach and events from the outreach records; hours and satisfaction from the other workers. */
function peerAndOutreach(figures: Figures) {
  const { outreach, hours, satisfaction } = figures
  const unavailable = td('dash.unavailable')
  return [
    {
      label: td('dash.headline.reach', { members: formatNumber(outreach.members, locale(), 0) }),
      value: rate(outreach.reach),
    },
    {
      label: td('dash.headline.events'),
      value: td('dash.headline.eventsValue', { events: formatNumber(outreach.eventsInPeriod, locale(), 0) }),
    },
    {
      label: td('dash.headline.leaflets'),
      value: td('dash.headline.leafletsValue', { leaflets: formatNumber(outreach.leafletsInPeriod, locale(), 0) }),
    },
    {
      label: td('dash.headline.hours', { target: hours.available ? hours.weeklyTarget : 36 }),
      value: !hours.available
        ? unavailable
        : hours.weeklyPerDedicatedOfficer === null
          ? td('dash.noData')
          : td('dash.headline.hoursValue', { hours: formatNumber(hours.weeklyPerDedicatedOfficer, locale(), 1) }),
    },
    { label: td('dash.headline.share'), value: !hours.available ? unavailable : rate(hours.communityShare) },
    {
      label: td('dash.headline.satisfaction'),
      value: !satisfaction.available
        ? unavailable
        : satisfaction.rate === null
          ? td('dash.noData')
          : formatPercent(satisfaction.rate, locale(), 2),
    },
  ]
}

/** The weekly hours target the officers worker reports (36 h in the article) for the chart's line. */
const weeklyTargetOf = (figures: Figures) => (figures.hours.available ? figures.hours.weeklyTarget : 36)

function DashboardView(props: { data: DashboardData }) {
  const figures = () => props.data.figures
  const exportCsv = () =>
    downloadCsv(
      trendCsv(figures(), [
        td('dash.trend.month'),
        td('dash.trend.floating'),
        td('dash.trend.rental'),
        td('dash.penalties.count'),
        ts('dash.service.hours'),
        ts('dash.service.satisfaction'),
      ]),
      `figures-${figures().scope.stationId ?? 'district'}-${figures().period}.csv`,
    )
  return (
    <div class="stack-lg">
      <section class="stack" aria-labelledby="headline-title">
        <h2 id="headline-title">
          {label(figures().scope.name)} · {td('dash.headline.title')}
        </h2>
        <p class="muted">{td('dash.period', { month: figures().period })}</p>
        <StatList stats={headline(figures())} />
      </section>
      <section class="stack" aria-labelledby="trend-title">
        <div class="cluster dashboard-heading">
          <h2 id="trend-title">{td('dash.trend.title')}</h2>
          <button type="button" class="button button--secondary" onClick={exportCsv}>
            {td('dash.csv')}
          </button>
        </div>
        <div class="dashboard-columns">
          <TrendChart trend={figures().trend} />
          <PenaltyChart trend={figures().trend} />
        </div>
      </section>
      <ServiceTrend trend={figures().trend} weeklyTarget={weeklyTargetOf(figures())} />
      <LeagueTables league={props.data.league} stationId={props.data.league.stationId ?? undefined} />
      <KeyUnitsOpen keyUnits={props.data.keyUnits} />
      <OutreachReach outreach={props.data.outreach} />
      <DutyToday duty={props.data.duty} />
    </div>
  )
}
