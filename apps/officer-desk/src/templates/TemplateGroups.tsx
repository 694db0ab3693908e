import type { Checklist, TaskCadence, TaskTemplate } from '@platform/contracts'
import { For, Show } from 'solid-js'
import type { Outcome } from '../components/submission'
import { tt } from './messages'
import { TemplateCard } from './TemplateCard'
import { CADENCES } from './TemplateForm'

/** The station's templates by period (daily … annual), the retired ones folded away below. */
export function TemplateGroups(props: {
  templates: TaskTemplate[]
  stationId: string
  checklists: Checklist[]
  mayChange: (template: TaskTemplate) => boolean
  onChanged: (outcome: Outcome) => void
}) {
  const active = (cadence: TaskCadence) => props.templates.filter((t) => t.active && t.cadence === cadence)
  const retired = () => props.templates.filter((t) => !t.active)
  const card = (template: TaskTemplate) => (
    <TemplateCard
      template={template}
      stationId={props.stationId}
      checklists={props.checklists}
      mayChange={props.mayChange(template)}
      onChanged={props.onChanged}
    />
  )
  return (
    <div class="stack">
      <For each={CADENCES}>
        {(cadence) => (
          <section class="stack" aria-labelledby={`tpl-group-${cadence}`}>
            <h3 id={`tpl-group-${cadence}`}>
              {tt(`tpl.cadence.${cadence}`)} · {tt('tpl.list.count', { count: active(cadence).length })}
            </h3>
            <Show when={active(cadence).length > 0} fallback={<p class="muted">{tt('tpl.list.none')}</p>}>
              <ul class="plain-list stack">
                <For each={active(cadence)}>{card}</For>
              </ul>
            </Show>
          </section>
        )}
      </For>
      <Show when={retired().length > 0}>
        <details>
          <summary>{tt('tpl.retiredList', { count: retired().length })}</summary>
          <ul class="plain-list stack">
            <For each={retired()}>{card}</For>
          </ul>
        </details>
      </Show>
    </div>
  )
}
