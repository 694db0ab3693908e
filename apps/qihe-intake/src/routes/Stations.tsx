import { label, StationSearch, usePageTitle } from '@platform/ui'
import { A, useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { t } from '../i18n'

/** Find the station of a community: by its own name or by one of its communities. */
export function Stations() {
  usePageTitle(
    () => t('qihe.stations.title'),
    () => t('qihe.appTitle'),
  )
  const [stations, { refetch }] = createResource(fetchStations)
  // The query lives in the URL (?q=) so the back button and a shared link keep it.
  const [params, setParams] = useSearchParams<{ q: string }>()

  return (
    <div class="stack">
      <h1>{t('qihe.stations.title')}</h1>
      <p class="lead">{t('qihe.stations.lead')}</p>
      <StationSearch
        stations={stations}
        onRetry={refetch}
        query={params.q ?? ''}
        onQuery={(q) => setParams({ q: q || undefined }, { replace: true })}
        inputId="station-search"
        label={t('qihe.stations.search')}
        byCommunity
        status={(results, all, query) =>
          query.trim() === ''
            ? t('qihe.stations.summary', {
                stations: all.stations.length,
                communities: all.stations.reduce((sum, station) => sum + station.communities.length, 0),
              })
            : t('qihe.stations.found', { count: results.length })
        }
        noMatch={(query) => t('search.noMatch', { query })}
        listClass=""
      >
        {(result) => (
          <li class="card">
            <h2 class="card__title">
              <A href={`/stations/${result.station.id}`}>{label(result.station.name)}</A>
            </h2>
            <p class="muted">{t('qihe.stations.communityCount', { count: result.station.communities.length })}</p>
            <Show when={result.communities.length < result.station.communities.length}>
              <p>{t('qihe.stations.matching')}</p>
            </Show>
            <ul class="tags">
              <For each={result.communities}>{(community) => <li class="tag">{label(community.name)}</li>}</For>
            </ul>
          </li>
        )}
      </StationSearch>
    </div>
  )
}
