import './templates.css'
import type { StationMeetingCalendar } from '@platform/contracts'
import { AsyncView, usePageTitle } from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createResource, createSignal, Show } from 'solid-js'
import { createStore, reconcile } from 'solid-js/store'
import { fetchStations } from '../api'
import { beijingToday } from '../components/beijing-time'
import { ResultLine } from '../components/ResultLine'
import { useHasRole } from '../components/roles'
import type { Outcome } from '../components/submission'
import { t } from '../i18n'
import { StationChoice } from '../outreach/StationChoice'
import { useOwnStation } from '../own-station'
import { fetchCalendar, fetchMeetings, fetchTemplates } from './api'
import { CalendarForm } from './CalendarForm'
import { MeetingSchedule } from './MeetingSchedule'
import { tt } from './messages'
import { PLAN_WRITERS } from './roles'
import { TemplateForm } from './TemplateForm'
import { TemplateGroups } from './TemplateGroups'

/** The meetings shown: today and about three months after. */
const COMING_DAYS = 92
const daysAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

type Loaded = Awaited<ReturnType<typeof load>>

async function load(stationId: string) {
  const from = beijingToday()
  const [plan, calendar, meetings] = await Promise.all([
    fetchTemplates(stationId),
    fetchCalendar(stationId),
    fetchMeetings(stationId, from, daysAfter(from, COMING_DAYS)),
  ])
  return { plan, calendar, meetings: meetings.meetings }
}

/**
 * /desk/templates: a station's task templates by period (added, edited, retired) and its meeting
 * calendar with the coming meetings. The station head keeps the own station's; the branch picks one.
 */
export function TemplatesPage() {
  usePageTitle(
    () => tt('tpl.title'),
    () => t('desk.appTitle'),
  )
  const own = useOwnStation()
  const hasRole = useHasRole()
  const [params, setParams] = useSearchParams<{ station: string }>()
  const stationId = () => own.stationId() ?? (params.station || undefined)
  const mayWrite = () => hasRole(PLAN_WRITERS)
  const [stations] = createResource(() => own.known() && !own.stationId(), fetchStations)
  // Changes update the view in place (reconcile by id), so an open form, its words and the focus
  // stay where they are; another station loads afresh.
  const [view, setView] = createStore<{ data?: Loaded }>({})
  const [data, { refetch }] = createResource(
    () => (own.known() ? stationId() : false),
    async (station: string) => {
      const loaded = await load(station)
      setView('data', reconcile(loaded))
      return loaded
    },
  )
  const loaded = () => view.data as Loaded
  const [outcome, setOutcome] = createSignal<Outcome | null>(null)
  const reload = async (said?: Outcome) => {
    if (said) setOutcome(said)
    const station = stationId()
    const loaded = station ? await load(station).catch(() => null) : null
    if (loaded) setView('data', reconcile(loaded))
  }
  const setCalendar = (calendar: StationMeetingCalendar) => {
    setView('data', 'calendar', reconcile(calendar))
    void reload()
  }
  return (
    <div class="stack-lg">
      <div class="stack">
        <h1>{tt('tpl.title')}</h1>
        <p class="lead">{tt('tpl.lead')}</p>
        <Show when={stations()}>
          {(list) => (
            <StationChoice
              id="tpl-station"
              label={tt('tpl.scope')}
              stations={list().stations}
              value={params.station ?? ''}
              onChange={(value) => setParams({ station: value || undefined }, { replace: true })}
            />
          )}
        </Show>
        <Show when={own.known() && !stationId()}>
          <p class="muted">{tt('tpl.pickStation')}</p>
        </Show>
        <Show when={own.known() && !mayWrite()}>
          <p class="muted">{tt('tpl.readOnly')}</p>
        </Show>
      </div>
      <Show when={stationId()}>
        <nav aria-label={tt('tpl.jump')}>
          <ul class="tpl-jump">
            <li>
              <a href="#tpl-list-title">{tt('tpl.list.title')}</a>
            </li>
            <li>
              <a href="#cal-title">{tt('cal.title')}</a>
            </li>
          </ul>
        </nav>
      </Show>
      <Show when={stationId()}>
        {(station) => (
          <AsyncView resource={data} onRetry={refetch}>
            {() => (
              <>
                <section class="stack" aria-labelledby="tpl-list-title">
                  <h2 id="tpl-list-title">{tt('tpl.list.title')}</h2>
                  <ResultLine id="tpl-page-result" result={outcome()} />
                  <Show when={mayWrite()}>
                    <details class="card tpl-new">
                      <summary>{tt('tpl.form.new')}</summary>
                      <TemplateForm
                        prefix="tpl-new"
                        stationId={station()}
                        checklists={loaded().plan.checklists}
                        onSaved={() => void reload()}
                      />
                    </details>
                  </Show>
                  <TemplateGroups
                    templates={loaded().plan.templates}
                    stationId={station()}
                    checklists={loaded().plan.checklists}
                    mayChange={(tpl) =>
                      mayWrite() &&
                      (tpl.stationId === station() || (tpl.stationId === null && hasRole(['branch_admin'])))
                    }
                    onChanged={(said) => void reload(said)}
                  />
                </section>
                <section class="stack card" aria-labelledby="cal-title">
                  <h2 id="cal-title">{tt('cal.title')}</h2>
                  <p>{tt('cal.lead')}</p>
                  <p role="status">
                    {loaded().calendar.fallback
                      ? tt('cal.fallback')
                      : tt(loaded().calendar.source === 'station' ? 'cal.source.station' : 'cal.source.branch')}
                  </p>
                  <Show when={mayWrite()}>
                    <CalendarForm stationId={station()} calendar={loaded().calendar} onSaved={setCalendar} />
                  </Show>
                  <MeetingSchedule meetings={loaded().meetings} />
                </section>
              </>
            )}
          </AsyncView>
        )}
      </Show>
    </div>
  )
}
