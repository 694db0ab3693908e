import '../outreach/outreach.css'
import { AsyncView, label, usePageTitle, useSession } from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { type Role, useHasRole } from '../components/roles'
import { t } from '../i18n'
import { StationChoice } from '../outreach/StationChoice'
import { useOwnStation } from '../own-station'
import { fetchIncidents } from './api'
import { IncidentForm } from './IncidentForm'
import { IncidentTable } from './IncidentTable'
import { ti } from './messages'

/** Who records and corrects incidents (packages/auth PERMISSIONS `incident.write`). */
const RECORDERS: Role[] = ['team_leader', 'station_head']

/**
 * A community's safety indicators: for team leaders and station heads the form to record or
 * correct a month (first: it is what they come for on a phone), then its months by type with both
 * changes. The choice is kept in `?community=`.
 */
export function IncidentsPage() {
  usePageTitle(
    () => ti('incidents.title'),
    () => t('desk.appTitle'),
  )
  const own = useOwnStation()
  const user = useSession()
  const [params, setParams] = useSearchParams<{ station: string; community: string }>()
  const stationId = () => own.stationId() ?? (params.station || undefined)
  const hasRole = useHasRole()
  const mayRecord = () => hasRole(RECORDERS)
  const [stations] = createResource(() => own.known(), fetchStations)
  const communities = () => stations()?.stations.find((s) => s.id === stationId())?.communities ?? []
  const community = () => communities().find((c) => c.id === params.community)
  const [incidents, { refetch }] = createResource(
    () => community()?.id,
    (id) => fetchIncidents(id),
  )

  return (
    <div class="stack-lg">
      <div class="stack">
        <h1>{ti('incidents.title')}</h1>
        <p class="lead">{ti('incidents.lead')}</p>
        <Show when={own.known() && !own.stationId() && stations()}>
          {(list) => (
            <StationChoice
              id="incidents-station"
              label={ti('incidents.station')}
              all={ti('form.choose')}
              stations={list().stations}
              value={params.station ?? ''}
              onChange={(value) => setParams({ station: value || undefined, community: undefined }, { replace: true })}
            />
          )}
        </Show>
        <Show when={communities().length > 0}>
          <div class="field">
            <label class="field__label" for="incidents-community">
              {ti('incidents.community')}
            </label>
            <select
              id="incidents-community"
              class="input"
              value={params.community ?? ''}
              onChange={(event) => setParams({ community: event.currentTarget.value || undefined }, { replace: true })}
            >
              <option value="">{ti('form.choose')}</option>
              <For each={communities()}>
                {(c) => (
                  <option value={c.id} selected={c.id === params.community}>
                    {label(c.name)}
                  </option>
                )}
              </For>
            </select>
          </div>
        </Show>
      </div>
      <Show when={community()} fallback={<p class="muted">{ti('incidents.pickCommunity')}</p>}>
        {(chosen) => (
          <>
            <Show
              when={mayRecord()}
              fallback={
                <Show when={user.state === 'ready'}>
                  <p class="muted">{ti('incidents.readOnly')}</p>
                </Show>
              }
            >
              <IncidentForm
                communityId={chosen().id}
                records={incidents.state === 'errored' ? [] : (incidents.latest?.incidents ?? [])}
                onSaved={() => void refetch()}
              />
            </Show>
            <AsyncView resource={incidents} onRetry={refetch}>
              {(list) => <IncidentTable records={list.incidents} communityName={label(chosen().name)} />}
            </AsyncView>
          </>
        )}
      </Show>
    </div>
  )
}
