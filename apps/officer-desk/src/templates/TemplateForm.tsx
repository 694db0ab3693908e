import type { Checklist, TaskCadence, TaskEvidence, TaskKind, TaskTemplate } from '@platform/contracts'
import { formatDay, label, locale } from '@platform/ui'
import { createSignal, For, Show } from 'solid-js'
import { ResultLine } from '../components/ResultLine'
import { createSubmission, errorCode, type Outcome } from '../components/submission'
import { createTemplate, editTemplate } from './api'
import { describe, Field } from './Field'
import {
  checkTemplate,
  fieldOfPath,
  LIMITS,
  type TemplateError,
  type TemplateErrors,
  type TemplateField,
  type TemplateValues,
} from './form-rules'
import { tt } from './messages'

export const CADENCES: TaskCadence[] = ['daily', 'weekly', 'half_monthly', 'monthly', 'quarterly', 'annual']
const KINDS: TaskKind[] = ['regular', 'special']
const EVIDENCE: TaskEvidence[] = ['count', 'note', 'checklist']

const valuesOf = (template?: TaskTemplate): TemplateValues => ({
  kind: template?.kind ?? 'regular',
  cadence: template?.cadence ?? 'weekly',
  titleZh: template?.title.zh ?? '',
  titleEn: template?.title.en ?? '',
  target: template ? String(template.target) : '',
  unitZh: template?.unit.zh ?? '',
  unitEn: template?.unit.en ?? '',
  evidence: template?.evidence ?? 'count',
  checklistId: template?.checklistId ?? '',
  dedicatedOnly: template?.dedicatedOnly ?? true,
})

/** A field's refusal in words, with the limit it broke. */
const errorText = (field: TemplateField, error: TemplateError) =>
  error === 'tooLong'
    ? tt('tpl.err.tooLong', { max: field.startsWith('unit') ? LIMITS.unit : LIMITS.title })
    : tt(`tpl.err.${error}`)

/** A refusal the server words by code (RULE_*), or the code itself. */
const failed = (error: unknown) => {
  const code = errorCode(error)
  return code === 'RULE_TEMPLATE_RETIRED' ? tt('tpl.err.RULE_TEMPLATE_RETIRED') : tt('tpl.err.failed', { code })
}

/** What a save says: added, changed where it stood, or a new version from a date. */
function savedOutcome(template: TaskTemplate, edited: TaskTemplate | undefined): Outcome {
  const title = label(template.title)
  if (!edited)
    return { kind: 'ok', text: tt('tpl.form.created', { title, cadence: tt(`tpl.cadence.${template.cadence}`) }) }
  return template.validFrom && template.id !== edited.id
    ? { kind: 'ok', text: tt('tpl.form.versioned', { title, date: formatDay(template.validFrom, locale()) }) }
    : { kind: 'ok', text: tt('tpl.form.changed', { title }) }
}

/**
 * A template added to the station (`template` left out) or edited. Sent with an Idempotency-Key;
 * the rules show as hints on the fields and the refusals on the field they are about.
 */
export function TemplateForm(props: {
  prefix: string
  stationId: string
  checklists: Checklist[]
  template?: TaskTemplate
  onSaved: (template: TaskTemplate, outcome: Outcome) => void
  onCancel?: () => void
}) {
  const [values, setValues] = createSignal(valuesOf(props.template))
  const form = createSubmission<TemplateErrors>({
    keyPrefix: props.prefix,
    fixFields: () => tt('tpl.form.fixFields'),
    failed,
    fieldErrors: (fields) => {
      const errors: TemplateErrors = {}
      for (const f of fields) {
        const field = fieldOfPath(f.path)
        if (field) errors[field] = field === 'target' ? 'target' : 'required'
      }
      return errors
    },
  })
  const set = <K extends keyof TemplateValues>(field: K, value: TemplateValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }))
    form.key.renew()
  }
  const id = (field: string) => `${props.prefix}-${field}`
  const common = (field: TemplateField, name: string, hint?: string) => ({
    id: id(field),
    get label() {
      return tt(name as never)
    },
    get hint() {
      return hint ? tt(hint as never) : undefined
    },
    get error() {
      const error = form.errors()[field]
      return error ? errorText(field, error) : undefined
    },
  })
  const save = () =>
    form.submit({
      check: () => checkTemplate(values()),
      send: (input, key) =>
        props.template
          ? editTemplate(props.template.id, input, key)
          : createTemplate({ ...input, stationId: props.stationId }, key),
      saved: (template): Outcome => {
        const outcome = savedOutcome(template, props.template)
        if (!props.template) setValues(valuesOf())
        props.onSaved(template, outcome)
        return outcome
      },
    })
  const text = (field: 'titleZh' | 'titleEn' | 'unitZh' | 'unitEn', name: string, hint: string) => {
    const p = common(field, name, hint)
    return (
      <Field {...p}>
        <input
          {...describe(p)}
          class="input"
          autocomplete="off"
          value={values()[field]}
          onInput={(e) => set(field, e.currentTarget.value)}
        />
      </Field>
    )
  }
  const choice = <T extends string>(
    field: 'kind' | 'cadence' | 'evidence',
    name: string,
    options: T[],
    word: (o: T) => string,
    hint?: string,
  ) => {
    const p = common(field, name, hint)
    return (
      <Field {...p}>
        <select {...describe(p)} class="input" onChange={(e) => set(field, e.currentTarget.value as never)}>
          <For each={options}>
            {(option) => (
              <option value={option} selected={values()[field] === option}>
                {word(option)}
              </option>
            )}
          </For>
        </select>
      </Field>
    )
  }
  const target = common('target', 'tpl.form.target', 'tpl.form.targetHint')
  const list = common('checklistId', 'tpl.form.checklist', 'tpl.form.checklistHint')
  return (
    <form
      class="stack"
      novalidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <Show when={props.template}>
        <p class="muted">{tt('tpl.form.editNote')}</p>
      </Show>
      {choice('kind', 'tpl.form.kind', KINDS, (k) => tt(`tpl.kind.${k}`))}
      {choice('cadence', 'tpl.form.cadence', CADENCES, (c) => tt(`tpl.cadence.${c}`))}
      {text('titleZh', 'tpl.form.titleZh', 'tpl.form.titleHint')}
      {text('titleEn', 'tpl.form.titleEn', 'tpl.form.titleHint')}
      <Field {...target}>
        <input
          {...describe(target)}
          class="input input--short"
          type="number"
          inputmode="numeric"
          min="1"
          max="10000"
          step="1"
          value={values().target}
          onInput={(e) => set('target', e.currentTarget.value)}
        />
      </Field>
      {text('unitZh', 'tpl.form.unitZh', 'tpl.form.unitHint')}
      {text('unitEn', 'tpl.form.unitEn', 'tpl.form.unitHint')}
      {choice('evidence', 'tpl.form.evidence', EVIDENCE, (e) => tt(`tpl.evidence.${e}`), 'tpl.form.evidenceHint')}
      <Show when={values().evidence === 'checklist'}>
        <Field {...list}>
          <select {...describe(list)} class="input" onChange={(e) => set('checklistId', e.currentTarget.value)}>
            <option value="">—</option>
            <For each={props.checklists}>
              {(c) => (
                <option value={c.id} selected={values().checklistId === c.id}>
                  {label(c.title)}
                </option>
              )}
            </For>
          </select>
        </Field>
      </Show>
      <div class="field">
        <label class="tpl-check">
          <input
            type="checkbox"
            checked={values().dedicatedOnly}
            onChange={(e) => set('dedicatedOnly', e.currentTarget.checked)}
          />{' '}
          {tt('tpl.form.dedicatedOnly')}
        </label>
      </div>
      <div class="cluster">
        <button type="submit" class="button" disabled={form.busy()}>
          {props.template ? tt('tpl.form.save') : tt('tpl.form.submit')}
        </button>
        <Show when={props.onCancel}>
          <button type="button" class="button button--secondary" onClick={() => props.onCancel?.()}>
            {tt('tpl.cancel')}
          </button>
        </Show>
      </div>
      <ResultLine id={`${props.prefix}-result`} result={form.result()} />
    </form>
  )
}
