import type { SessionUser } from '@platform/contracts'
import { useSession } from '@platform/ui'
import { A } from '@solidjs/router'
import { For, onMount, Show } from 'solid-js'
import { t } from '../i18n'
import { warmOfflinePages } from '../offline/offline-pages'
import { outboxItems, startOutbox } from '../offline/outbox'

type Link = { href: string; key: Parameters<typeof t>[0]; roles: SessionUser['roles'] }

// Each link for the roles whose API permissions reach it (packages/auth PERMISSIONS).
const LINKS: Link[] = [
  { href: '/today', key: 'today.nav', roles: ['officer', 'team_leader'] },
  { href: '/week', key: 'work.nav.week', roles: ['officer', 'team_leader'] },
  { href: '/tasks', key: 'tasks.nav', roles: ['officer', 'team_leader'] },
  { href: '/grid', key: 'grid.nav', roles: ['officer', 'team_leader'] },
  { href: '/report', key: 'report.nav', roles: ['officer', 'team_leader', 'station_head', 'branch_admin', 'auditor'] },
  { href: '/team', key: 'work.nav.team', roles: ['team_leader', 'station_head'] },
  { href: '/ledger', key: 'ledger.nav', roles: ['team_leader', 'station_head', 'branch_admin', 'auditor'] },
  { href: '/assign', key: 'work.nav.assign', roles: ['team_leader', 'station_head'] },
  { href: '/exceptions', key: 'work.nav.exceptions', roles: ['station_head', 'branch_admin'] },
  { href: '/transfers', key: 'transfer.nav', roles: ['station_head', 'branch_admin', 'auditor'] },
]

/** The officers' work links the signed-in user may use, and the outbox when something waits in it. */
export function WorkNav() {
  const user = useSession()
  // The nav is on every page: the outbox starts sending from whichever page the desk opens on.
  onMount(() => {
    startOutbox()
    warmOfflinePages()
  })
  const shown = () => {
    const roles = user.state === 'ready' ? user().roles : []
    return LINKS.filter((link) => link.roles.some((role) => roles.includes(role)))
  }
  return (
    <>
      <For each={shown()}>{(link) => <A href={link.href}>{t(link.key)}</A>}</For>
      <Show when={outboxItems().length > 0}>
        <A href="/outbox" class="outbox-link">
          {t('outbox.nav', { count: outboxItems().length })}
        </A>
      </Show>
    </>
  )
}
