import type { IncidentRecord } from '@platform/contracts'
import { formatNumber, locale, RequestError } from '@platform/ui'
import { Show } from 'solid-js'
import { beijingMonth } from '../components/beijing-time'
import { EntryForm, InputField, SelectField } from '../outreach/Field'
import { createFormState, failureText } from '../outreach/form-state'
import { correctIncidents, recordIncidents } from './api'
import { INCIDENT_TYPES } from './incident-changes'
import { checkIncident, MAX_INCIDENTS } from './incident-rules'
import { ti } from './messages'

/**
 * A month's incidents of one type in a community. A month and type already on record is the API's
 * 409: the form says so in words and offers the correction (PUT) instead of a second record.
 */
export function IncidentForm(props: { communityId: string; records: IncidentRecord[]; onSaved: () => void }) {
  const form = createFormState('incident', { month: '', type: '', count: '' }, { count: MAX_INCIDENTS })
  const words = (input: { month: string; type: IncidentRecord['type']; count: number }) => ({
    month: input.month,
    type: ti(`incidents.type.${input.type}`),
    count: ti('incidents.count', { count: formatNumber(input.count, locale(), 0) }),
  })
  const save = () =>
    form.submit(
      () => checkIncident(form.values(), beijingMonth()),
      async (input, key) => {
        await recordIncidents(props.communityId, input, key)
        props.onSaved()
        return ti('incidents.form.saved', words(input))
      },
      {
        onError: (error, input) => {
          if (!(error instanceof RequestError && error.code === 'INCIDENT_EXISTS')) return undefined
          const was = props.records.find((r) => r.month === input.month && r.type === input.type)
          const wasText = was ? ti('incidents.count', { count: formatNumber(was.count, locale(), 0) }) : '—'
          return { kind: 'exists', text: ti('incidents.form.exists', { ...words(input), was: wasText }) }
        },
      },
    )
  // The correction takes the values as they are now (checked again), not the refused ones.
  const correct = async () => {
    const checked = checkIncident(form.values(), beijingMonth())
    if (!checked.input) return save()
    const input = checked.input
    await form.run(
      () => correctIncidents(props.communityId, input),
      () => {
        form.setResult({ kind: 'ok', text: ti('incidents.form.corrected', words(input)) })
        props.onSaved()
      },
      (error) => form.setResult({ kind: 'error', text: failureText(error) }),
    )
  }
  return (
    <section class="stack card" aria-labelledby="incident-form-title">
      <h2 id="incident-form-title">{ti('incidents.form.title')}</h2>
      <p class="muted">{ti('incidents.form.lead')}</p>
      <EntryForm
        form={form}
        onSubmit={save}
        submit={ti('incidents.form.submit')}
        actions={
          <Show when={form.result()?.kind === 'exists'}>
            <button
              type="button"
              class="button button--secondary"
              disabled={form.busy()}
              onClick={() => void correct()}
            >
              {ti('incidents.form.correct')}
            </button>
          </Show>
        }
      >
        <InputField form={form} field="month" type="month" max={beijingMonth()} label={ti('incidents.form.month')} />
        <SelectField
          form={form}
          field="type"
          label={ti('incidents.form.type')}
          options={INCIDENT_TYPES.map((type) => ({ value: type, text: ti(`incidents.type.${type}`) }))}
        />
        <InputField form={form} field="count" type="count" label={ti('incidents.form.count')} />
      </EntryForm>
    </section>
  )
}
