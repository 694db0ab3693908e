import { label, StationSearch, usePageTitle } from '@platform/ui'
import { A, useSearchParams } from '@solidjs/router'
import { createResource } from 'solid-js'
import { fetchStations } from '../api'
import { t } from '../i18n'

/** The district's stations for staff who see them all, filtered by name. */
export function Stations() {
  usePageTitle(
    () => t('desk.home.title'),
    () => t('desk.appTitle'),
  )
  const [stations, { refetch }] = createResource(fetchStations)
  const [params, setParams] = useSearchParams<{ q: string }>()

  return (
    <div class="stack">
      <h1>{t('desk.home.title')}</h1>
      <p class="lead">{t('desk.home.lead')}</p>
      <StationSearch
        stations={stations}
        onRetry={refetch}
        query={params.q ?? ''}
        onQuery={(q) => setParams({ q: q || undefined }, { replace: true })}
        inputId="station-filter"
        label={t('desk.home.filter')}
        byCommunity={false}
        status={(results) => t('desk.home.found', { count: results.length })}
        noMatch={(query) => t('search.noMatch', { query })}
        listClass="station-links"
      >
        {(result) => (
          <li>
            <A class="card station-link" href={`/stations/${result.station.id}`}>
              {label(result.station.name)}
            </A>
          </li>
        )}
      </StationSearch>
    </div>
  )
}
