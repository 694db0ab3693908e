import type { Campaign } from '@platform/contracts'
import { AsyncView, formatNumber, label, locale, TableRegion } from '@platform/ui'
import { createResource, createSignal, For, Show } from 'solid-js'
import { fetchCampaignEvents } from './api'
import { EventForm, themeName } from './CampaignForms'
import type { Choice } from './GroupForms'
import { to } from './messages'

/** The campaigns, newest first, each folded with its totals; opened, its events and the event form. */
type Shared = {
  /** The station looked at; absent for the district. */
  stationId: string | undefined
  communities: Choice[]
  communityName: (id: string) => string
  mayRecord: boolean
  onChanged: () => void
}

export function Campaigns(props: Shared & { campaigns: Campaign[] }) {
  return (
    <section class="stack" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">{to('outreach.campaigns.title')}</h2>
      <Show when={props.campaigns.length > 0} fallback={<p class="muted">{to('outreach.campaigns.none')}</p>}>
        <For each={props.campaigns}>{(campaign) => <CampaignCard {...props} campaign={campaign} />}</For>
      </Show>
    </section>
  )
}

function CampaignCard(props: Shared & { campaign: Campaign }) {
  const [open, setOpen] = createSignal(false)
  // The events load when the campaign is opened: the branch's campaign holds hundreds.
  const [events, { refetch }] = createResource(
    () => open() && { id: props.campaign.id, stationId: props.stationId },
    (source) => fetchCampaignEvents(source.id, source.stationId),
  )
  const c = () => props.campaign
  return (
    <details class="card campaign" data-campaign={c().id} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="campaign__summary">
        <strong>{label(c().name)}</strong>
        <span class="muted">
          {' '}
          · {themeName(c().theme)} · {to('outreach.campaign.period', { from: c().from, to: c().to })}
          {c().stationId === null ? ` · ${to('outreach.campaign.branchWide')}` : ''}
        </span>
        <span class="campaign__totals">
          {to('outreach.campaign.totals', {
            events: formatNumber(c().events, locale(), 0),
            attendees: formatNumber(c().attendees, locale(), 0),
            leaflets: formatNumber(c().leaflets, locale(), 0),
          })}
        </span>
      </summary>
      <div class="stack campaign__body">
        <Show when={open()}>
          <AsyncView resource={events} onRetry={refetch}>
            {(list) => (
              <Show when={list.events.length > 0} fallback={<p class="muted">{to('outreach.events.none')}</p>}>
                <TableRegion label={to('outreach.events.caption', { total: list.total, shown: list.events.length })}>
                  <table class="table">
                    <caption>{to('outreach.events.caption', { total: list.total, shown: list.events.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{to('outreach.events.date')}</th>
                        <th scope="col">{to('outreach.events.place')}</th>
                        <th scope="col">{to('outreach.events.community')}</th>
                        <th scope="col">{to('outreach.events.attendees')}</th>
                        <th scope="col">{to('outreach.events.leaflets')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={list.events}>
                        {(event) => (
                          <tr>
                            <th scope="row">{event.date}</th>
                            <td>{label(event.place)}</td>
                            <td>{props.communityName(event.communityId)}</td>
                            <td>{formatNumber(event.attendees, locale(), 0)}</td>
                            <td>{formatNumber(event.leaflets, locale(), 0)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </TableRegion>
              </Show>
            )}
          </AsyncView>
          <Show when={props.mayRecord}>
            <EventForm
              campaign={c()}
              communities={props.communities}
              onSaved={() => {
                void refetch()
                props.onChanged()
              }}
            />
          </Show>
        </Show>
      </div>
    </details>
  )
}
