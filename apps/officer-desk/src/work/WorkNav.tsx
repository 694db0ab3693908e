import type { SessionUser } from '@platform/contracts'
import { useSession } from '@platform/ui'
import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { t } from '../i18n'

type Link = { href: string; key: Parameters<typeof t>[0]; roles: SessionUser['roles'] }

// Each link for the roles whose API permissions reach it (packages/auth PERMISSIONS).
const LINKS: Link[] = [
  { href: '/week', key: 'work.nav.week', roles: ['officer', 'team_leader'] },
  { href: '/team', key: 'work.nav.team', roles: ['team_leader', 'station_head'] },
  { href: '/assign', key: 'work.nav.assign', roles: ['team_leader', 'station_head'] },
  { href: '/exceptions', key: 'work.nav.exceptions', roles: ['station_head', 'branch_admin'] },
]

/** The officers' work links the signed-in user may use. */
export function WorkNav() {
  const user = useSession()
  const shown = () => {
    const roles = user.state === 'ready' ? user().roles : []
    return LINKS.filter((link) => link.roles.some((role) => roles.includes(role)))
  }
  return <For each={shown()}>{(link) => <A href={link.href}>{t(link.key)}</A>}</For>
}
