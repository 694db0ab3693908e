import type { Audience, OutreachGroup } from '@platform/contracts'
import { formatNumber, locale } from '@platform/ui'
import { ResultLine } from '../components/ResultLine'
import { addGroup, setMembers } from './api'
import { EntryForm, InputField, SelectField } from './Field'
import { checkGroup, checkMembers, LIMITS } from './form-rules'
import { createFormState } from './form-state'
import { to } from './messages'

export const AUDIENCES: Audience[] = [
  'residents',
  'building_heads',
  'volunteers',
  'couriers',
  'sanitation',
  'shopkeepers',
]
export const audienceName = (audience: Audience) => to(`dash.audience.${audience}`)
export type Choice = { value: string; text: string }

/** A new outreach group of one audience in a community of the station. */
export function GroupForm(props: { communities: Choice[]; onSaved: () => void }) {
  const form = createFormState(
    'group',
    { communityId: '', audience: '', nameZh: '', nameEn: '', members: '' },
    { members: LIMITS.members },
  )
  const save = () =>
    form.submit(
      () => checkGroup(form.values()),
      async (input, key) => {
        const group = await addGroup(input, key)
        props.onSaved()
        return to('outreach.groupForm.saved', {
          name: input.name.zh,
          members: formatNumber(group.members, locale(), 0),
        })
      },
      { reset: true },
    )
  return (
    <section class="stack card" aria-labelledby="group-form-title">
      <h2 id="group-form-title">{to('outreach.groupForm.title')}</h2>
      <EntryForm form={form} onSubmit={save} submit={to('outreach.groupForm.submit')}>
        <SelectField
          form={form}
          field="communityId"
          label={to('outreach.groupForm.community')}
          options={props.communities}
        />
        <SelectField
          form={form}
          field="audience"
          label={to('outreach.groupForm.audience')}
          options={AUDIENCES.map((a) => ({ value: a, text: audienceName(a) }))}
        />
        <InputField form={form} field="nameZh" label={to('outreach.groupForm.nameZh')} />
        <InputField form={form} field="nameEn" label={to('outreach.groupForm.nameEn')} />
        <InputField form={form} field="members" type="count" label={to('outreach.groupForm.members')} />
      </EntryForm>
    </section>
  )
}

/** A group's member count, corrected in place. */
export function MembersForm(props: { group: OutreachGroup; name: string; onSaved: () => void }) {
  const form = createFormState(
    `members-${props.group.id}`,
    { members: String(props.group.members) },
    { members: LIMITS.members },
  )
  const save = () =>
    form.submit(
      () => checkMembers(form.values().members),
      async (input) => {
        const group = await setMembers(props.group.id, input.members)
        props.onSaved()
        return to('outreach.groups.updated', { name: props.name, members: formatNumber(group.members, locale(), 0) })
      },
    )
  return (
    <form
      class="members-form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <InputField
        form={form}
        field="members"
        type="count"
        label={to('outreach.groups.editLabel', { name: props.name })}
      />
      <button type="submit" class="button button--secondary" disabled={form.busy()}>
        {form.busy() ? to('form.busy') : to('outreach.groups.update')}
      </button>
      <ResultLine id={`${form.prefix}-result`} result={form.result()} />
    </form>
  )
}
