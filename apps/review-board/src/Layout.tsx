import { AppShell } from '@platform/ui'
import { A, type RouteSectionProps, useLocation } from '@solidjs/router'
import { t } from './i18n'

export function Layout(props: RouteSectionProps) {
  const location = useLocation()
  return (
    <AppShell
      appTitle={t('board.appTitle')}
      routeKey={location.pathname}
      nav={
        <>
          <A href="/" end>
            {t('nav.home')}
          </A>
          <A href="/cases" end>
            {t('nav.queue')}
          </A>
          <A href="/precedents">{t('nav.precedents')}</A>
          <A href="/rankings">{t('nav.rankings')}</A>
          <A href="/cases/new">{t('nav.file')}</A>
        </>
      }
    >
      {props.children}
    </AppShell>
  )
}
