import type { League } from '@platform/contracts'
import { formatPercent, label, locale, TableRegion } from '@platform/ui'
import { For, Show } from 'solid-js'
import { LeagueRewards } from './LeagueRewards'
import { td } from './messages'

/** Rows shown per league: a district league has some eighty communities. */
const SHOWN = 10

export function LeagueTables(props: { league: League; stationId: string | undefined }) {
  return (
    <section class="stack" aria-labelledby="league-title">
      <h2 id="league-title">{td('dash.league.title', { quarter: props.league.quarter })}</h2>
      <p class="muted">{td('dash.league.lead', { count: props.league.excellentPerLeague })}</p>
      <div class="dashboard-columns">
        <For each={props.league.leagues}>
          {(league) => {
            const title = () => td(league.league === 'bungalow' ? 'dash.league.bungalow' : 'dash.league.building')
            return (
              <div class="stack">
                <h3>{title()}</h3>
                <Show when={league.entries.length > 0} fallback={<p>{td('dash.league.none')}</p>}>
                  <TableRegion label={title()}>
                    <table class="table">
                      <caption class="visually-hidden">{title()}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{td('dash.league.rank')}</th>
                          <th scope="col">{td('dash.league.community')}</th>
                          <th scope="col">{td('dash.league.rate')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={league.entries.slice(0, SHOWN)}>
                          {(entry) => (
                            <tr>
                              <td>{entry.rank ?? '–'}</td>
                              <th scope="row">
                                {label(entry.name)}{' '}
                                <Show when={entry.excellent}>
                                  <span class="badge badge--success">{td('dash.league.excellent')}</span>
                                </Show>
                              </th>
                              <td>
                                {entry.rate === null ? td('dash.noData') : formatPercent(entry.rate, locale(), 1)}
                              </td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </TableRegion>
                  <Show when={league.entries.length > SHOWN}>
                    <p class="muted">{td('dash.league.shown', { shown: SHOWN, total: league.entries.length })}</p>
                  </Show>
                </Show>
              </div>
            )
          }}
        </For>
      </div>
      <LeagueRewards quarter={props.league.quarter} stationId={props.stationId} />
    </section>
  )
}
