import type { Roster } from '@platform/contracts'
import { label } from '@platform/ui'
import { For, Show } from 'solid-js'
import { t } from '../i18n'
import { officersOfTeam } from '../roster-view'

/** Community policing teams (社区警务队): the grids each covers and its officers. */
export function TeamList(props: { roster: Roster }) {
  return (
    <section class="stack" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('desk.teams.title')}</h2>
      <Show when={props.roster.teams.length > 0} fallback={<p class="muted">{t('desk.teams.none')}</p>}>
        <ul class="grid plain-list">
          <For each={props.roster.teams}>
            {(team) => {
              const members = () => officersOfTeam(props.roster, team.id)
              return (
                <li class="card">
                  <h3 class="card__title">{label(team.name)}</h3>
                  <p class="cluster muted">
                    <span>{t('desk.teams.grids', { count: team.gridIds.length })}</span>
                    <span>{t('desk.teams.officers', { count: members().length })}</span>
                  </p>
                  <ul class="tags">
                    <For each={members()}>{(officer) => <li class="tag">{label(officer.name)}</li>}</For>
                  </ul>
                </li>
              )
            }}
          </For>
        </ul>
      </Show>
    </section>
  )
}
