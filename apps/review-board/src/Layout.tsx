import { AppShell, UserMenu } from '@platform/ui'
import { type RouteSectionProps, useLocation } from '@solidjs/router'
import { t } from './i18n'

export function Layout(props: RouteSectionProps) {
  const location = useLocation()
  return (
    <AppShell appTitle={t('board.appTitle')} routeKey={location.pathname} account={<UserMenu />}>
      {props.children}
    </AppShell>
  )
}
