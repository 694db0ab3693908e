import './outreach.css'
import type { OutreachOverview } from '@platform/contracts'
import { AsyncView, formatNumber, formatPercent, label, locale, StatList, usePageTitle, useSession } from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createResource, Show } from 'solid-js'
import { createStore, reconcile } from 'solid-js/store'
import { fetchStations } from '../api'
import { type Role, useHasRole } from '../components/roles'
import { t } from '../i18n'
import { useOwnStation } from '../own-station'
import { AudienceGroups } from './AudienceGroups'
import { fetchOutreach } from './api'
import { CampaignForm } from './CampaignForms'
import { Campaigns } from './Campaigns'
import { GroupForm } from './GroupForms'
import { to } from './messages'
import { StationChoice } from './StationChoice'

/** Who keeps outreach records (packages/auth PERMISSIONS `outreach.write`); the auditor only reads. */
const WRITERS: Role[] = ['officer', 'team_leader', 'station_head', 'branch_admin']

/**
 * The station's outreach: reach, groups by audience, campaigns and their events, and the forms to
 * add to them. Station-bound accounts see their own station; branch-wide ones pick one (`?station=`).
 */
export function OutreachPage() {
  usePageTitle(
    () => to('outreach.title'),
    () => t('desk.appTitle'),
  )
  const own = useOwnStation()
  const user = useSession()
  const [params, setParams] = useSearchParams<{ station: string }>()
  const stationId = () => own.stationId() ?? (params.station || undefined)
  const hasRole = useHasRole()
  const mayWrite = () => hasRole(WRITERS)
  // Entries belong to a station: a branch-wide account picks one first.
  const mayEnter = () => mayWrite() && Boolean(stationId())
  const [stations] = createResource(() => own.known(), fetchStations)
  const communities = () =>
    (stations()?.stations.find((s) => s.id === stationId())?.communities ?? []).map((c) => ({
      value: c.id,
      text: label(c.name),
    }))
  const communityName = (id: string) => communities().find((c) => c.value === id)?.text ?? id

  // Saved records update the view in place (reconcile by id), so open sections, the form being
  // used and the keyboard focus stay where they are; a new station loads afresh.
  const [view, setView] = createStore<{ overview?: OutreachOverview }>({})
  const [data, { refetch }] = createResource(
    () => (own.known() ? { stationId: stationId() } : false),
    async (source) => {
      const overview = await fetchOutreach(source.stationId)
      setView('overview', reconcile(overview))
      return overview
    },
  )
  const reload = async () => {
    const overview = await fetchOutreach(stationId()).catch(() => null)
    if (overview) setView('overview', reconcile(overview))
  }

  return (
    <div class="stack-lg">
      <div class="stack">
        <h1>{to('outreach.title')}</h1>
        <p class="lead">{to('outreach.lead')}</p>
        <Show when={own.known() && !own.stationId() && stations()}>
          {(list) => (
            <StationChoice
              id="outreach-scope"
              label={to('outreach.scope')}
              all={to('outreach.district')}
              stations={list().stations}
              value={params.station ?? ''}
              onChange={(value) => setParams({ station: value || undefined }, { replace: true })}
            />
          )}
        </Show>
      </div>
      <Show when={user.state === 'ready' && !mayEnter()}>
        <p class="muted">{mayWrite() ? to('outreach.pickStation') : to('outreach.readOnly')}</p>
      </Show>
      <AsyncView resource={data} onRetry={refetch}>
        {() => (
          <Show when={view.overview}>
            {(overview) => (
              <>
                <Reach overview={overview()} />
                <AudienceGroups
                  overview={overview()}
                  communityName={communityName}
                  mayWrite={mayEnter()}
                  onChanged={() => void reload()}
                />
                <Show when={mayEnter()}>
                  <GroupForm communities={communities()} onSaved={() => void reload()} />
                </Show>
                <Campaigns
                  stationId={stationId()}
                  campaigns={overview().campaigns}
                  communities={communities()}
                  communityName={communityName}
                  mayRecord={mayEnter()}
                  onChanged={() => void reload()}
                />
                <Show when={mayEnter() && stationId()}>
                  {(id) => <CampaignForm stationId={id()} onSaved={() => void reload()} />}
                </Show>
              </>
            )}
          </Show>
        )}
      </AsyncView>
    </div>
  )
}

function Reach(props: { overview: OutreachOverview }) {
  const n = (value: number) => formatNumber(value, locale(), 0)
  return (
    <section class="stack" aria-labelledby="reach-title">
      <h2 id="reach-title">{to('outreach.reach.title')}</h2>
      <StatList
        stats={[
          { label: to('outreach.reach.population'), value: n(props.overview.population) },
          { label: to('outreach.reach.groups'), value: n(props.overview.groups) },
          { label: to('outreach.reach.members'), value: n(props.overview.members) },
          {
            label: to('outreach.reach.share'),
            value: props.overview.reach === null ? to('dash.noData') : formatPercent(props.overview.reach, locale(), 1),
          },
        ]}
      />
      <p class="muted">{to('outreach.reach.note')}</p>
    </section>
  )
}
