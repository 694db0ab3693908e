import type { QiheToday } from '@platform/contracts'
import { AsyncView, formatDay, locale, TableRegion } from '@platform/ui'
import { createResource, For, Show } from 'solid-js'
import { fetchToday } from '../api'
import { t } from '../i18n'

/** Who is at the station today (counts per agency, no names or phones) and the coming days. */
export function Today() {
  const [today, { refetch }] = createResource(fetchToday)
  return (
    <section class="stack" aria-labelledby="today-title" data-testid="today">
      <h2 id="today-title">{t('today.title')}</h2>
      <AsyncView resource={today} onRetry={refetch}>
        {(value) => <TodayFigures today={value} />}
      </AsyncView>
    </section>
  )
}

function TodayFigures(props: { today: QiheToday }) {
  return (
    <>
      <Show when={props.today.workingDay} fallback={<p>{t('today.closed')}</p>}>
        <p>{t('today.lead')}</p>
        <TableRegion label={t('today.title')}>
          <table class="table">
            <caption class="visually-hidden">{t('today.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('today.agency')}</th>
                <th scope="col" class="num">
                  {t('today.present')}
                </th>
                <th scope="col" class="num">
                  {t('today.onCall')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.today.agencies}>
                {(row) => (
                  <tr>
                    <th scope="row">{t(`agency.${row.agency}`)}</th>
                    <td class="num">{row.present}</td>
                    <td class="num">{row.onCall}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </Show>
      <h3>{t('today.week')}</h3>
      <ul>
        <For each={props.today.week.slice(1)}>
          {(day) => (
            <li>
              {formatDay(day.date, locale())}：
              {day.agencies.length > 0 ? day.agencies.map((a) => t(`agency.${a}`)).join('、') : t('today.none')}
            </li>
          )}
        </For>
      </ul>
    </>
  )
}
