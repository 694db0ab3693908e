import type { OutreachOverview } from '@platform/contracts'
import { formatNumber, label, locale } from '@platform/ui'
import { For, Show } from 'solid-js'
import { audienceName, MembersForm } from './GroupForms'
import { to } from './messages'

/**
 * The station's groups under the six audiences, each audience folded with its totals in the
 * summary (a phone shows six lines, not 58 groups); the people who may write correct counts here.
 */
export function AudienceGroups(props: {
  overview: OutreachOverview
  communityName: (id: string) => string
  mayWrite: boolean
  onChanged: () => void
}) {
  return (
    <section class="stack" aria-labelledby="groups-title">
      <h2 id="groups-title">{to('outreach.groups.title')}</h2>
      <For each={props.overview.byAudience}>
        {(row) => {
          const groups = () => props.overview.outreachGroups.filter((g) => g.audience === row.audience)
          return (
            <details class="card audience">
              <summary class="audience__summary">
                {to('outreach.groups.heading', {
                  audience: audienceName(row.audience),
                  groups: formatNumber(row.groups, locale(), 0),
                  members: formatNumber(row.members, locale(), 0),
                })}
              </summary>
              <Show when={groups().length > 0} fallback={<p class="muted">{to('outreach.groups.none')}</p>}>
                <ul class="plain-list audience__groups">
                  <For each={groups()}>
                    {(group) => (
                      <li class="audience__group">
                        <p>
                          <strong>{label(group.name)}</strong>{' '}
                          <span class="muted">
                            {props.communityName(group.communityId)} · {to('outreach.groups.members')}{' '}
                            {formatNumber(group.members, locale(), 0)}
                          </span>
                        </p>
                        <Show when={props.mayWrite}>
                          <MembersForm group={group} name={label(group.name)} onSaved={props.onChanged} />
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </details>
          )
        }}
      </For>
    </section>
  )
}
