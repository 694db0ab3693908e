import { AppShell } from '@platform/ui'
import { A, type RouteSectionProps, useLocation } from '@solidjs/router'
import { t } from './i18n'

export function Layout(props: RouteSectionProps) {
  const location = useLocation()
  return (
    <AppShell
      appTitle={t('qihe.appTitle')}
      routeKey={location.pathname}
      nav={
        <>
          <A href="/" end>
            {t('qihe.nav.home')}
          </A>
          <A href="/start">{t('intake.nav')}</A>
          <A href="/stations">{t('qihe.nav.stations')}</A>
          <A href="/figures">{t('figures.nav')}</A>
        </>
      }
    >
      {props.children}
    </AppShell>
  )
}
