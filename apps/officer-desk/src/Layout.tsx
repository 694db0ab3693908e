import { AppShell } from '@platform/ui'
import { A, type RouteSectionProps, useLocation } from '@solidjs/router'
import { Show } from 'solid-js'
import { td } from './dashboard/messages'
import { DefenceNavLink } from './defence/DefenceNavLink'
import { tq } from './disputes/messages'
import { t } from './i18n'
import { PreventionNavLinks } from './outreach/NavLinks'
import { useOwnStation } from './own-station'
import { TemplatesNavLink } from './templates/NavLink'
import { WorkNav } from './work/WorkNav'

export function Layout(props: RouteSectionProps) {
  const location = useLocation()
  const own = useOwnStation()
  // A station-scoped user's home is their station, so the nav names it instead of the list they never see.
  const nav = (
    <>
      <Show when={own.stationId()} fallback={<A href="/">{t('desk.nav.stations')}</A>}>
        {(stationId) => <A href={`/stations/${stationId()}`}>{t('desk.nav.ownStation')}</A>}
      </Show>
      <WorkNav />
      <TemplatesNavLink />
      <A href="/dashboard">{td('dash.nav')}</A>
      <DefenceNavLink />
      <PreventionNavLinks />
      <A href="/disputes">{tq('disputes.nav')}</A>
    </>
  )
  return (
    <AppShell appTitle={t('desk.appTitle')} routeKey={location.pathname} nav={nav}>
      {props.children}
    </AppShell>
  )
}
