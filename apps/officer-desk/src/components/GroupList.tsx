import type { Roster, RosterOfficer } from '@platform/contracts'
import { label } from '@platform/ui'
import { For, Show } from 'solid-js'
import { t } from '../i18n'
import { membersInRoleOrder } from '../roster-view'

/** Community police groups (社区警组) of 2–5 officers backing each other up as A and B roles. */
export function GroupList(props: { roster: Roster; officers: Map<string, RosterOfficer> }) {
  return (
    <section class="stack" aria-labelledby="groups-title">
      <h2 id="groups-title">{t('desk.groups.title')}</h2>
      <p class="muted">{t('desk.groups.lead')}</p>
      <Show when={props.roster.groups.length > 0} fallback={<p class="muted">{t('desk.groups.none')}</p>}>
        <ul class="grid plain-list">
          <For each={props.roster.groups}>
            {(group) => (
              <li class="card">
                <h3 class="card__title">{label(group.name)}</h3>
                <ul class="plain-list group-members">
                  <For each={membersInRoleOrder(group, props.officers)}>
                    {(member) => (
                      <li class="group-member">
                        <span class={member.role === 'A' ? 'badge badge--primary' : 'badge'}>
                          {t(`role.${member.role}`)}
                        </span>
                        <span>
                          {label(member.officer.name)}
                          <Show when={!member.officer.dedicated}>
                            <span class="muted group-member__note"> · {t('officer.nonDedicated')}</span>
                          </Show>
                        </span>
                      </li>
                    )}
                  </For>
                </ul>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
