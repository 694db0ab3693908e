import type { RosterOfficer } from '@platform/contracts'
import { formatDay, label, locale, TableRegion } from '@platform/ui'
import { For, Show } from 'solid-js'
import { t } from '../i18n'
import { ageOf, type indexRoster } from '../roster-view'

/** One table of officers with their team, group and A/B role. */
export function OfficerTable(props: {
  id: string
  title: string
  officers: RosterOfficer[]
  index: ReturnType<typeof indexRoster>
}) {
  const teamName = (officer: RosterOfficer) => {
    const team = officer.teamId ? props.index.teams.get(officer.teamId) : undefined
    return team ? label(team.name) : t('desk.notAssigned')
  }
  const groupAndRole = (officer: RosterOfficer) => {
    const group = officer.groupId ? props.index.groups.get(officer.groupId) : undefined
    if (!group) return t('desk.notAssigned')
    return officer.role ? `${label(group.name)} · ${t(`role.${officer.role}`)}` : label(group.name)
  }
  // The scroll region is named like the table, not like the section, so the two landmarks differ.
  const caption = () => `${props.title} · ${t('desk.officers.caption', { count: props.officers.length })}`
  return (
    <section class="stack" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <Show when={props.officers.length > 0} fallback={<p class="muted">{t('desk.officers.none')}</p>}>
        <TableRegion label={caption()}>
          <table class="table">
            <caption>{caption()}</caption>
            <thead>
              <tr>
                <th scope="col">{t('desk.col.name')}</th>
                <th scope="col">{t('desk.col.title')}</th>
                <th scope="col">{t('desk.col.team')}</th>
                <th scope="col">{t('desk.col.group')}</th>
                <th scope="col" class="num">
                  {t('desk.col.age')}
                </th>
                <th scope="col">{t('desk.col.education')}</th>
                <th scope="col">{t('desk.col.inPostSince')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.officers}>
                {(officer) => (
                  <tr>
                    <th scope="row">{label(officer.name)}</th>
                    <td>{label(officer.title)}</td>
                    <td>{teamName(officer)}</td>
                    <td>{groupAndRole(officer)}</td>
                    <td class="num">{ageOf(officer)}</td>
                    <td>{t(`education.${officer.education}`)}</td>
                    <td>{formatDay(officer.inPostSince, locale())}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </Show>
    </section>
  )
}
