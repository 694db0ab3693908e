import type { Checklist, TaskTemplate } from '@platform/contracts'
import { formatDay, label, locale } from '@platform/ui'
import { createSignal, Show } from 'solid-js'
import { ResultLine } from '../components/ResultLine'
import { createSending } from '../components/sending'
import { errorCode, type Outcome } from '../components/submission'
import { retireTemplate } from './api'
import { tt } from './messages'
import { TemplateForm } from './TemplateForm'

/** One template: what it asks, its standard and evidence; edit and retire where the user may. */
export function TemplateCard(props: {
  template: TaskTemplate
  stationId: string
  checklists: Checklist[]
  mayChange: boolean
  onChanged: (outcome: Outcome) => void
}) {
  const [editing, setEditing] = createSignal(false)
  const [confirming, setConfirming] = createSignal(false)
  const [result, setResult] = createSignal<Outcome | null>(null)
  const sending = createSending()
  const title = () => label(props.template.title)
  const retire = () =>
    sending.run(
      () => retireTemplate(props.template.id),
      () => {
        setConfirming(false)
        props.onChanged({ kind: 'ok', text: tt('tpl.retiredDone', { title: title() }) })
      },
      (error) => setResult({ kind: 'error', text: tt('tpl.err.failed', { code: errorCode(error) }) }),
    )
  const prefix = `tpl-${props.template.id}`
  return (
    <li class="card stack tpl-card">
      <h4 class="card__title">{title()}</h4>
      <p class="tags">
        <span class="tag">{tt(`tpl.kind.${props.template.kind}`)}</span>
        <span class="tag">{tt(`tpl.evidence.${props.template.evidence}`)}</span>
        <span class="tag">{props.template.dedicatedOnly ? tt('tpl.dedicated') : tt('tpl.everyone')}</span>
        <Show when={props.template.stationId === null}>
          <span class="tag">{tt('tpl.branchWide')}</span>
        </Show>
        <Show when={!props.template.active}>
          <span class="badge">{tt('tpl.retired')}</span>
        </Show>
      </p>
      <p>{tt('tpl.standard', { target: props.template.target, unit: label(props.template.unit) })}</p>
      <Show when={props.template.validFrom}>
        {(date) => <p class="muted">{tt('tpl.validFrom', { date: formatDay(date(), locale()) })}</p>}
      </Show>
      <Show when={props.mayChange && props.template.active}>
        <Show
          when={editing()}
          fallback={
            <div class="tpl-actions">
              <button type="button" class="button button--secondary" onClick={() => setEditing(true)}>
                {tt('tpl.editShort')}
                <span class="visually-hidden">{tt('tpl.about', { title: title() })}</span>
              </button>
              <button
                type="button"
                class="button button--secondary"
                aria-expanded={confirming()}
                aria-controls={`${prefix}-retire`}
                onClick={() => setConfirming(!confirming())}
              >
                {tt('tpl.retireShort')}
                <span class="visually-hidden">{tt('tpl.about', { title: title() })}</span>
              </button>
            </div>
          }
        >
          <TemplateForm
            prefix={`${prefix}-edit`}
            stationId={props.stationId}
            checklists={props.checklists}
            template={props.template}
            onSaved={(_, outcome) => {
              setEditing(false)
              props.onChanged(outcome)
            }}
            onCancel={() => setEditing(false)}
          />
        </Show>
        <div id={`${prefix}-retire`}>
          <Show when={confirming()}>
            <div class="stack">
              <p>{tt('tpl.retireConfirm', { title: title() })}</p>
              <div class="cluster">
                <button type="button" class="button" disabled={sending.busy()} onClick={() => void retire()}>
                  {tt('tpl.retireYes')}
                </button>
                <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
                  {tt('tpl.cancel')}
                </button>
              </div>
            </div>
          </Show>
        </div>
      </Show>
      <ResultLine id={`${prefix}-result`} result={result()} />
    </li>
  )
}
