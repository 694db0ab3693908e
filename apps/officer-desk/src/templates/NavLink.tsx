import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import { useHasRole } from '../components/roles'
import { ttNav } from './nav-messages'
import { PLAN_WRITERS } from './roles'

/** The task-templates link, for those who keep a station's plan (PERMISSIONS `task.plan.write`). */
export function TemplatesNavLink() {
  const hasRole = useHasRole()
  return (
    <Show when={hasRole(PLAN_WRITERS)}>
      <A href="/templates">{ttNav('nav.templates')}</A>
    </Show>
  )
}
