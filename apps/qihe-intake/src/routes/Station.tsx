import type { PublicStations } from '@platform/contracts'
import { AsyncView, label, usePageTitle } from '@platform/ui'
import { A, useParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { t } from '../i18n'

export function Station() {
  const params = useParams<{ id: string }>()
  const [stations, { refetch }] = createResource(fetchStations)
  const station = () => (stations.state === 'ready' ? findStation(stations(), params.id) : undefined)
  usePageTitle(
    () => {
      const found = station()
      return found ? label(found.name) : t('qihe.stations.title')
    },
    () => t('qihe.appTitle'),
  )

  return (
    <div class="stack">
      <p>
        <A class="back-link" href="/stations">
          {t('qihe.station.back')}
        </A>
      </p>
      <AsyncView resource={stations} onRetry={refetch}>
        {(data) => (
          <Show
            when={findStation(data, params.id)}
            fallback={
              <>
                <h1>{t('notFound.title')}</h1>
                <p>{t('qihe.station.notFound')}</p>
              </>
            }
          >
            {(found) => (
              <section class="stack" aria-labelledby="station-title">
                <h1 id="station-title">{label(found().name)}</h1>
                <p class="muted">{t('qihe.stations.communityCount', { count: found().communities.length })}</p>
                <h2>{t('qihe.station.communities')}</h2>
                <ul class="grid plain-list community-list">
                  <For each={found().communities}>{(community) => <li class="card">{label(community.name)}</li>}</For>
                </ul>
              </section>
            )}
          </Show>
        )}
      </AsyncView>
    </div>
  )
}

function findStation(data: PublicStations, id: string) {
  return data.stations.find((station) => station.id === id)
}
