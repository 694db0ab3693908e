import type { Label, Roster } from '@platform/contracts'
import { AsyncView, formatNumber, formatPercent, label, locale, StatList, usePageTitle } from '@platform/ui'
import { A, useParams } from '@solidjs/router'
import { createResource, Show } from 'solid-js'
import { fetchRoster, fetchStations } from '../api'
import { GroupList } from '../components/GroupList'
import { OfficerTable } from '../components/OfficerTable'
import { TeamList } from '../components/TeamList'
import { t } from '../i18n'
import { useOwnStation } from '../own-station'
import { indexRoster } from '../roster-view'

type StationRosterData = { station: { id: string; name: Label } | null; roster: Roster | null }

// The station must exist in the public list before its roster is asked for: an unknown id is a
// "not found" page, not an API error.
async function loadStationRoster(stationId: string): Promise<StationRosterData> {
  const { stations } = await fetchStations()
  const station = stations.find((candidate) => candidate.id === stationId) ?? null
  if (!station) return { station: null, roster: null }
  return { station, roster: await fetchRoster(stationId) }
}

export function StationRoster() {
  const params = useParams<{ id: string }>()
  const [data, { refetch }] = createResource(() => params.id, loadStationRoster)
  const own = useOwnStation()
  usePageTitle(
    () => {
      const station = data.state === 'ready' ? data()?.station : undefined
      return station ? label(station.name) : t('desk.home.title')
    },
    () => t('desk.appTitle'),
  )

  return (
    <div class="stack">
      {/* Only branch-wide accounts have the list to go back to; the others' home is their station. */}
      <Show when={own.known() && !own.stationId()}>
        <p>
          <A class="back-link" href="/">
            {t('desk.station.back')}
          </A>
        </p>
      </Show>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => (
          <Show
            when={value.station && value.roster ? { station: value.station, roster: value.roster } : undefined}
            fallback={
              <>
                <h1>{t('notFound.title')}</h1>
                <p>{t('desk.station.notFound')}</p>
              </>
            }
          >
            {(found) => <RosterView name={found().station.name} roster={found().roster} />}
          </Show>
        )}
      </AsyncView>
    </div>
  )
}

function RosterView(props: { name: Label; roster: Roster }) {
  const index = () => indexRoster(props.roster)
  const dedicated = () => props.roster.officers.filter((officer) => officer.dedicated)
  const others = () => props.roster.officers.filter((officer) => !officer.dedicated)
  const profile = () => props.roster.profile
  return (
    <div class="stack-lg">
      <h1>{label(props.name)}</h1>
      <section class="stack" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('desk.profile.title')}</h2>
        <StatList
          stats={[
            { label: t('desk.profile.officers'), value: String(profile().officers) },
            { label: t('desk.profile.dedicated'), value: String(dedicated().length) },
            {
              label: t('desk.profile.averageAge'),
              value: t('desk.profile.years', { value: formatNumber(profile().averageAge, locale(), 1) }),
            },
            { label: t('desk.profile.bachelorShare'), value: formatPercent(profile().bachelorShare, locale()) },
            {
              label: t('desk.profile.yearsInPost'),
              value: t('desk.profile.yearsInPostValue', {
                value: formatNumber(profile().averageYearsInPost, locale(), 1),
              }),
            },
          ]}
        />
      </section>
      <TeamList roster={props.roster} />
      <GroupList roster={props.roster} officers={index().officers} />
      <OfficerTable id="dedicated" title={t('desk.officers.dedicatedTitle')} officers={dedicated()} index={index()} />
      <OfficerTable id="non-dedicated" title={t('desk.officers.otherTitle')} officers={others()} index={index()} />
    </div>
  )
}
