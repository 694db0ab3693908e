import type {
  WeeklyReport as Report,
  ReportDisputes,
  SheetPeriod,
  SheetRow,
  SheetTeam,
  TeamSheet,
} from '@platform/contracts'
import {
  AsyncView,
  formatDay,
  formatNumber,
  formatPercent,
  label,
  locale,
  TableRegion,
  usePageTitle,
} from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { type Role, useHasRole } from '../components/roles'
import { t } from '../i18n'
import { TaskLines } from '../tasks/TaskBits'
import { fetchMyReport, fetchTeamSheet } from '../work/work-api'

const PERIODS: SheetPeriod[] = ['week', 'month']
const OWN_ROLES: Role[] = ['officer', 'team_leader']
const SHEET_ROLES: Role[] = ['team_leader', 'station_head', 'branch_admin', 'auditor']

/** /desk/report: the officer's own weekly report; for leaders, the team progress sheet by week or month. */
export function WeeklyReport() {
  usePageTitle(
    () => t('report.title'),
    () => t('desk.appTitle'),
  )
  const has = useHasRole()
  const [params] = useSearchParams<{ week: string; sheet: string }>()
  const period = (): SheetPeriod => (params.sheet === 'month' ? 'month' : 'week')
  const [mine, { refetch }] = createResource(
    () => (has(OWN_ROLES) ? { week: params.week } : false),
    (source) => fetchMyReport(source.week),
  )
  const [sheet, { refetch: refetchSheet }] = createResource(
    () => (has(SHEET_ROLES) ? { period: period(), date: params.week } : false),
    (source) => fetchTeamSheet(source.period, source.date),
  )
  return (
    <div class="stack-lg">
      <h1>{t('report.title')}</h1>
      <Show when={has(OWN_ROLES)}>
        <AsyncView resource={mine} onRetry={refetch}>
          {(report) => <OwnReport report={report} />}
        </AsyncView>
      </Show>
      <Show when={has(SHEET_ROLES)}>
        <section class="stack" aria-labelledby="sheet-title">
          <h2 id="sheet-title">{t('report.sheet')}</h2>
          <nav aria-label={t('report.sheet.period')}>
            <ul class="plain-list cluster period-tabs">
              <For each={PERIODS}>
                {(p) => (
                  <li>
                    <a
                      href={`/desk/report?sheet=${p}`}
                      class="period-tab"
                      aria-current={period() === p ? 'page' : undefined}
                    >
                      {t(`report.sheet.${p}`)}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </nav>
          <AsyncView resource={sheet} onRetry={refetchSheet}>
            {(value) => <Sheet sheet={value} />}
          </AsyncView>
        </section>
      </Show>
    </div>
  )
}

const hours = (value: number) => formatNumber(value, locale(), 2)
const share = (value: number | null) => (value === null ? '—' : formatPercent(value, locale(), 1))

function disputeLine(disputes: ReportDisputes) {
  return disputes.available
    ? t('report.disputes', {
        settled: disputes.settled ?? 0,
        open: disputes.open ?? 0,
        overdue: disputes.overdue ?? 0,
      })
    : t('report.disputesUnavailable')
}

function OwnReport(props: { report: Report }) {
  const r = () => props.report
  const totals = () => r().hours.totals
  return (
    <section class="stack card" aria-labelledby="report-mine">
      <h2 id="report-mine">
        {t('report.mine')} ·{' '}
        {t('work.week.range', { from: formatDay(r().weekStart, locale()), to: formatDay(r().weekEnd, locale()) })}
      </h2>
      <p id="report-hours" class="week-hours">
        {t('report.hours', { hours: hours(totals().hours), target: formatNumber(totals().targetHours, locale()) })}
      </p>
      <progress
        class="week-bar"
        max={totals().targetHours}
        value={Math.min(totals().hours, totals().targetHours)}
        aria-labelledby="report-hours"
      />
      <p>{totals().share === null ? t('report.shareNone') : t('report.share', { share: share(totals().share) })}</p>
      <Show when={totals().shortfallExplained}>
        <p>{t('report.shortfallExplained')}</p>
      </Show>
      <p class="badge" data-status={r().hours.status}>
        {t(`work.week.status.${r().hours.status}`)}
      </p>
      <p>{t('report.tasks', { due: r().tasks.due, done: r().tasks.done, overdue: r().tasks.overdue })}</p>
      <p>{disputeLine(r().disputes)}</p>
      <Show when={r().tasks.items.length > 0}>
        <TaskLines id="report-tasks" title={t('tasks.title')} empty="" items={r().tasks.items} />
      </Show>
    </section>
  )
}

function Sheet(props: { sheet: TeamSheet }) {
  return (
    <Show when={props.sheet.teams.length > 0} fallback={<p>{t('report.noTeams')}</p>}>
      <For each={props.sheet.teams}>
        {(team) => <SheetTable team={team} from={props.sheet.from} to={props.sheet.to} />}
      </For>
    </Show>
  )
}

function SheetTable(props: { team: SheetTeam; from: string; to: string }) {
  const caption = () =>
    t('report.sheet.caption', {
      team: label(props.team.name),
      from: formatDay(props.from, locale()),
      to: formatDay(props.to, locale()),
    })
  const cells = (row: Omit<SheetRow, 'officerId' | 'name' | 'dedicated'>) => (
    <>
      <td class="num">
        {hours(row.communityHours)} / {hours(row.targetHours)}
      </td>
      <td class="num">{hours(row.awayHours)}</td>
      <td class="num">{share(row.share)}</td>
      <td class="num">
        {row.tasksDone} / {row.tasksDue}
      </td>
      <td class="num">{row.tasksOverdue}</td>
      <td class="num">{row.refusedAttempts}</td>
      <td class="num">{row.disputes.available ? (row.disputes.settled ?? 0) : '—'}</td>
    </>
  )
  return (
    <TableRegion label={caption()}>
      <table class="table sheet-table">
        <caption>{caption()}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.col.officer')}</th>
            <th scope="col" class="num">
              {t('report.col.hours')}
            </th>
            <th scope="col" class="num">
              {t('report.col.away')}
            </th>
            <th scope="col" class="num">
              {t('report.col.share')}
            </th>
            <th scope="col" class="num">
              {t('report.col.tasks')}
            </th>
            <th scope="col" class="num">
              {t('report.col.overdue')}
            </th>
            <th scope="col" class="num">
              {t('report.col.refused')}
            </th>
            <th scope="col" class="num">
              {t('report.col.disputes')}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.team.officers}>
            {(row) => (
              <tr>
                <th scope="row">
                  {label(row.name)}
                  <Show when={row.dedicated}>
                    {' '}
                    <span class="tag">{t('work.team.dedicated')}</span>
                  </Show>
                </th>
                {cells(row)}
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.teamTotal')}</th>
            {cells(props.team.totals)}
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  )
}
