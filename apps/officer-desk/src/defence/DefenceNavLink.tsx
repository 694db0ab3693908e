import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import { useHasRole } from '../components/roles'
import { tjNav } from './nav-messages'
import { DEFENCE_READERS } from './roles'

/** The joint-defence link, for the roles that may read the rota and the reports. */
export function DefenceNavLink() {
  const hasRole = useHasRole()
  const reads = () => hasRole(DEFENCE_READERS)
  return (
    <Show when={reads()}>
      <A href="/defence">{tjNav('defence.nav')}</A>
    </Show>
  )
}
