import type { Label, PublicDisputeFigures } from '@platform/contracts'
import { AsyncView, getJson, label, TableRegion, usePageTitle } from '@platform/ui'
import { createResource, For } from 'solid-js'
import { fetchStations } from '../api'
import { t } from '../i18n'

/** The station's figures by kind and month: aggregates only, small counts shown as suppressed. */
export function Figures() {
  usePageTitle(
    () => t('figures.title'),
    () => t('qihe.appTitle'),
  )
  const [figures, { refetch }] = createResource(() => getJson<PublicDisputeFigures>('/api/disputes/public/figures'))
  // Community names for the per-community table; the ids stay if the list cannot be read.
  const [places] = createResource(() => fetchStations().catch(() => ({ stations: [] })))
  const nameOf = (id: string) => {
    for (const station of places()?.stations ?? [])
      for (const community of station.communities) if (community.id === id) return label(community.name as Label)
    return id
  }
  return (
    <div class="stack">
      <h1>{t('figures.title')}</h1>
      <p class="lead">{t('figures.lead')}</p>
      <AsyncView resource={figures} onRetry={refetch}>
        {(data) => (
          <>
            <p class="muted">{t('figures.suppressed', { minimum: data.minimumCell })}</p>
            <TableRegion label={t('figures.caption')}>
              <table class="table" data-testid="figures">
                <caption>{t('figures.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('figures.month')}</th>
                    <For each={data.months[0]?.categories ?? []}>
                      {(cell) => (
                        <th scope="col" class="num">
                          {t(`category.${cell.category}`)}
                        </th>
                      )}
                    </For>
                  </tr>
                </thead>
                <tbody>
                  <For each={[...data.months].reverse()}>
                    {(month) => (
                      <tr>
                        <th scope="row">{month.month}</th>
                        <For each={month.categories}>
                          {(cell) => <td class="num">{cell.count === null ? t('figures.small') : cell.count}</td>}
                        </For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </TableRegion>
            <TableRegion label={t('figures.communities')}>
              <table class="table" data-testid="community-figures">
                <caption>{t('figures.communities')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('figures.community')}</th>
                    <th scope="col" class="num">
                      {t('figures.count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data.communities}>
                    {(row) => (
                      <tr>
                        <th scope="row">{nameOf(row.communityId)}</th>
                        <td class="num">{row.count === null ? t('figures.small') : row.count}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </TableRegion>
          </>
        )}
      </AsyncView>
    </div>
  )
}
