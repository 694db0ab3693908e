import type { TeamWeekRow, TeamWeeks as TeamWeeksData } from '@platform/contracts'
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
import { createResource, createSignal, For, Show } from 'solid-js'
import { t } from '../i18n'
import { failureText } from './refusal-text'
import { approveWeek, fetchTeamWeeks } from './work-api'

/** /desk/team: the team's week (a station head: the station's), approve submitted weeks. */
export function TeamWeeks() {
  usePageTitle(
    () => t('work.team.title'),
    () => t('desk.appTitle'),
  )
  const [params] = useSearchParams<{ week: string }>()
  const [weeks, { refetch }] = createResource(
    () => ({ week: params.week }),
    (source) => fetchTeamWeeks(source.week),
  )
  const [message, setMessage] = createSignal('')
  const approve = async (data: TeamWeeksData, row: TeamWeekRow) => {
    try {
      await approveWeek(row.officerId, data.weekStart)
      setMessage(t('work.team.approved', { name: label(row.name) }))
      refetch()
    } catch (error) {
      setMessage(failureText(error))
    }
  }
  return (
    <div class="stack-lg">
      <h1>{t('work.team.title')}</h1>
      <p role="status">{message()}</p>
      <AsyncView resource={weeks} onRetry={refetch}>
        {(data) => (
          <section class="stack" aria-labelledby="team-range">
            <h2 id="team-range">
              {t('work.week.range', {
                from: formatDay(data.weekStart, locale()),
                to: formatDay(data.weekEnd, locale()),
              })}
            </h2>
            <TableRegion label={t('work.team.title')}>
              <table class="table">
                <caption id="team-caption">{t('work.team.caption', { count: data.officers.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('work.team.name')}</th>
                    <th scope="col" class="num">
                      {t('work.team.hours')}
                    </th>
                    <th scope="col" class="num">
                      {t('work.team.share')}
                    </th>
                    <th scope="col">{t('work.team.status')}</th>
                    <th scope="col">{t('work.team.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data.officers}>
                    {(row) => (
                      <tr>
                        <th scope="row">
                          {label(row.name)}
                          <Show when={row.dedicated}>
                            {' '}
                            <span class="tag">{t('work.team.dedicated')}</span>
                          </Show>
                        </th>
                        <td class="num">
                          {formatNumber(row.totals.hours, locale(), 2)} / {row.totals.targetHours}
                        </td>
                        <td class="num">
                          {row.totals.share === null ? '—' : formatPercent(row.totals.share, locale(), 1)}
                        </td>
                        <td>{t(`work.week.status.${row.status}`)}</td>
                        <td>
                          <Show when={row.status === 'submitted'}>
                            <button
                              type="button"
                              class="button"
                              aria-label={t('work.team.approve', { name: label(row.name) })}
                              onClick={() => approve(data, row)}
                            >
                              {t('work.team.approveShort')}
                            </button>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </TableRegion>
          </section>
        )}
      </AsyncView>
    </div>
  )
}
