import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import { type Role, useHasRole } from '../components/roles'
import { tpNav } from './nav-messages'

/** Who reads outreach and incidents (PERMISSIONS `outreach.read`, `figures.read`): the same roles. */
const READERS: Role[] = ['officer', 'team_leader', 'station_head', 'branch_admin', 'auditor']

/** The nav's links to the outreach and incidents pages, for the roles that may read them. */
export function PreventionNavLinks() {
  const hasRole = useHasRole()
  const shown = () => hasRole(READERS)
  return (
    <Show when={shown()}>
      <A href="/outreach">{tpNav('nav.outreach')}</A>
      <A href="/incidents">{tpNav('nav.incidents')}</A>
    </Show>
  )
}
