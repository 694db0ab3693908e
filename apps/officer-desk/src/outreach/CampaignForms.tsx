import type { Campaign } from '@platform/contracts'
import { formatNumber, label, locale } from '@platform/ui'
import { Show } from 'solid-js'
import { beijingToday } from '../components/beijing-time'
import { recordEvent, startCampaign } from './api'
import { EntryForm, InputField, SelectField } from './Field'
import { checkCampaign, checkEvent, LIMITS } from './form-rules'
import { createFormState } from './form-state'
import type { Choice } from './GroupForms'
import { to } from './messages'

export const THEMES = ['five_preventions', 'anti_fraud', 'fire_safety', 'other'] as const
export const themeName = (theme: Campaign['theme']) => to(`outreach.theme.${theme}`)

/** A campaign of the station (the API makes a station's account's campaign its own station's). */
export function CampaignForm(props: { stationId: string; onSaved: () => void }) {
  const form = createFormState('campaign', { theme: '', nameZh: '', nameEn: '', from: '', to: '' })
  const save = () =>
    form.submit(
      () => checkCampaign(form.values()),
      async (input, key) => {
        const campaign = await startCampaign({ ...input, stationId: props.stationId }, key)
        props.onSaved()
        return to('outreach.campaignForm.saved', { name: label(campaign.name) })
      },
      { reset: true },
    )
  return (
    <section class="stack card" aria-labelledby="campaign-form-title">
      <h2 id="campaign-form-title">{to('outreach.campaignForm.title')}</h2>
      <EntryForm form={form} onSubmit={save} submit={to('outreach.campaignForm.submit')}>
        <SelectField
          form={form}
          field="theme"
          label={to('outreach.campaignForm.theme')}
          options={THEMES.map((theme) => ({ value: theme, text: themeName(theme) }))}
        />
        <InputField form={form} field="nameZh" label={to('outreach.campaignForm.nameZh')} />
        <InputField form={form} field="nameEn" label={to('outreach.campaignForm.nameEn')} />
        <InputField form={form} field="from" type="date" label={to('outreach.campaignForm.from')} />
        <InputField form={form} field="to" type="date" label={to('outreach.campaignForm.to')} />
      </EntryForm>
    </section>
  )
}

/** One event of a campaign: a day within it and not to come, a place, people reached and leaflets. */
export function EventForm(props: { campaign: Campaign; communities: Choice[]; onSaved: () => void }) {
  const today = beijingToday()
  // The latest day an event may have: today, or the campaign's end when it is over (ISO days sort as text).
  const lastDay = () => [props.campaign.to, today].sort()[0] as string
  const prefix = `event-${props.campaign.id}`
  const form = createFormState(
    prefix,
    {
      communityId: '',
      date: lastDay(),
      placeZh: '',
      placeEn: '',
      attendees: '',
      leaflets: '',
    },
    { attendees: LIMITS.eventCount, leaflets: LIMITS.eventCount },
  )
  const save = () =>
    form.submit(
      () => checkEvent(form.values(), props.campaign, beijingToday()),
      async (input, key) => {
        const event = await recordEvent(props.campaign.id, input, key)
        props.onSaved()
        return to('outreach.eventForm.saved', {
          date: event.date,
          place: label(event.place),
          attendees: formatNumber(event.attendees, locale(), 0),
          leaflets: formatNumber(event.leaflets, locale(), 0),
        })
      },
      { reset: true },
    )
  return (
    <Show
      when={props.campaign.from <= today}
      fallback={
        <p class="muted">{to('outreach.eventForm.closed', { from: props.campaign.from, to: props.campaign.to })}</p>
      }
    >
      <EntryForm form={form} onSubmit={save} submit={to('outreach.eventForm.submit')} labelledBy={`${prefix}-title`}>
        <h3 id={`${prefix}-title`}>{to('outreach.eventForm.title')}</h3>
        <SelectField
          form={form}
          field="communityId"
          label={to('outreach.eventForm.community')}
          options={props.communities}
        />
        <InputField form={form} field="date" type="date" max={lastDay()} label={to('outreach.eventForm.date')} />
        <InputField form={form} field="placeZh" label={to('outreach.eventForm.placeZh')} />
        <InputField form={form} field="placeEn" label={to('outreach.eventForm.placeEn')} />
        <InputField form={form} field="attendees" type="count" label={to('outreach.eventForm.attendees')} />
        <InputField form={form} field="leaflets" type="count" label={to('outreach.eventForm.leaflets')} />
      </EntryForm>
    </Show>
  )
}
