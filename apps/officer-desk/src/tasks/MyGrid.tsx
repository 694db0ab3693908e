import type { Checklist, KeyUnitList, Roster, StationDetail, TaskTemplateList } from '@platform/contracts'
import { AsyncView, formatDay, formatNumber, getStaffJson, label, locale, usePageTitle, useSession } from '@platform/ui'
import { createResource, For, Show } from 'solid-js'
import { t } from '../i18n'
import { fetchStationDetail, fetchTaskTemplates } from '../work/work-api'

type Loaded = {
  station: StationDetail
  gridIds: string[]
  /** Undefined when the communities worker did not answer: "unavailable", not "none". */
  keyUnits: KeyUnitList | undefined
  checklists: Checklist[] | undefined
}

async function load(stationId: string, officerId: string | undefined): Promise<Loaded> {
  const [station, roster, keyUnits, templates] = await Promise.all([
    fetchStationDetail(stationId),
    getStaffJson<Roster>('/api/officers/roster'),
    getStaffJson<KeyUnitList>(`/api/communities/key-units?station=${encodeURIComponent(stationId)}`).catch(
      () => undefined,
    ),
    fetchTaskTemplates().catch((): TaskTemplateList | undefined => undefined),
  ])
  const me = roster.officers.find((o) => o.id === officerId)
  return { station, gridIds: me?.gridIds ?? [], keyUnits, checklists: templates?.checklists }
}

/** /desk/grid: the officer's grid(s) — their communities, the key units in them, and the checklists the work follows. */
export function MyGrid() {
  usePageTitle(
    () => t('grid.title'),
    () => t('desk.appTitle'),
  )
  const user = useSession()
  const source = () =>
    user.state === 'ready' && user().scope.stationId
      ? { stationId: user().scope.stationId as string, officerId: user().scope.officerId }
      : false
  const [data, { refetch }] = createResource(source, (s) => load(s.stationId, s.officerId))
  return (
    <div class="stack-lg">
      <h1>{t('grid.title')}</h1>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => <GridView data={value} />}
      </AsyncView>
    </div>
  )
}

function GridView(props: { data: Loaded }) {
  const grids = () => props.data.station.grids.filter((g) => props.data.gridIds.includes(g.id))
  const communityIds = () => new Set(grids().flatMap((g) => g.communityIds))
  const units = () => props.data.keyUnits?.units.filter((u) => communityIds().has(u.communityId)) ?? []
  return (
    <Show when={grids().length > 0} fallback={<p>{t('grid.none')}</p>}>
      <For each={grids()}>
        {(grid) => (
          <section class="stack card" aria-labelledby={`grid-${grid.id}`}>
            <h2 id={`grid-${grid.id}`}>{label(grid.name)}</h2>
            <h3>{t('grid.communities')}</h3>
            <ul class="plain-list stack">
              <For each={props.data.station.communities.filter((c) => grid.communityIds.includes(c.id))}>
                {(community) => (
                  <li>
                    {t('grid.community', {
                      name: label(community.name),
                      population: formatNumber(community.population, locale()),
                      area: formatNumber(community.areaKm2, locale(), 2),
                    })}{' '}
                    <span class="tag">{t(`grid.housing.${community.housingType}`)}</span>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
      <section class="stack" aria-labelledby="grid-key-units">
        <h2 id="grid-key-units">{t('grid.keyUnits')}</h2>
        <Show when={props.data.keyUnits} fallback={<p>{t('grid.keyUnitsUnavailable')}</p>}>
          <Show when={units().length > 0} fallback={<p>{t('grid.noKeyUnits')}</p>}>
            <ul class="plain-list stack">
              <For each={units()}>
                {(unit) => (
                  <li class="card stack">
                    <p class="task-line__title">
                      {t('grid.keyUnit', { name: label(unit.name), community: label(unit.communityName) })}
                    </p>
                    <p class="muted">
                      {unit.lastInspection
                        ? t('grid.keyUnitCheck', {
                            date: formatDay(unit.lastInspection, locale()),
                            passed: unit.itemsPassed,
                            size: unit.checklistSize,
                            open: unit.openFindings,
                          })
                        : t('grid.keyUnitNever')}
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </section>
      <section class="stack" aria-labelledby="grid-checklists">
        <h2 id="grid-checklists">{t('grid.checklists')}</h2>
        <Show when={props.data.checklists} fallback={<p>{t('grid.checklistsUnavailable')}</p>}>
          {(checklists) => (
            <For each={checklists()} fallback={<p>{t('grid.noChecklists')}</p>}>
              {(checklist) => (
                <details class="card checklist-card">
                  <summary>
                    {label(checklist.title)} <span class="tag">{t(`grid.subject.${checklist.subject}`)}</span>
                  </summary>
                  <ol class="checklist-items">
                    <For each={checklist.items}>{(item) => <li>{label(item.text)}</li>}</For>
                  </ol>
                </details>
              )}
            </For>
          )}
        </Show>
      </section>
    </Show>
  )
}
