import type { DisputeInsights, Label } from '@platform/contracts'
import { AsyncView, label, TableRegion, usePageTitle } from '@platform/ui'
import { createResource, For, Show } from 'solid-js'
import { fetchInsights, fetchPlaces } from './api'
import { tq } from './messages'
import { QiheNav } from './QiheNav'

/** Community names by id from the public list; an id stands in when the list is not at hand. */
async function loadInsights() {
  const [insights, places] = await Promise.all([fetchInsights(), fetchPlaces().catch(() => ({ stations: [] }))])
  const names = new Map<string, Label>()
  for (const station of places.stations) for (const c of station.communities) names.set(c.id, c.name)
  return { insights, nameOf: (id: string) => (names.has(id) ? label(names.get(id) as Label) : id) }
}

/** Learning from types (一案一类): repeats by address and party, recurring kinds, per-community figures. */
export function Insights() {
  usePageTitle(
    () => tq('insights.title'),
    () => tq('insights.title'),
  )
  const [data, { refetch }] = createResource(loadInsights)
  return (
    <div class="stack">
      <h1>{tq('insights.title')}</h1>
      <QiheNav />
      <p class="muted">{tq('insights.lead')}</p>
      <AsyncView resource={data} onRetry={refetch}>
        {(value) => <InsightsView insights={value.insights} nameOf={value.nameOf} />}
      </AsyncView>
    </div>
  )
}

function Repeats(props: { title: string; groups: DisputeInsights['repeatAddresses']; testId: string }) {
  return (
    <section class="stack" aria-label={props.title}>
      <h2>{props.title}</h2>
      <Show when={props.groups.length > 0} fallback={<p>{tq('insights.none')}</p>}>
        <ul data-testid={props.testId}>
          <For each={props.groups}>
            {(group) => (
              <li>
                {tq('insights.group', {
                  n: group.references.length,
                  references: group.references.map((r) => r.reference).join('、'),
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}

function InsightsView(props: { insights: DisputeInsights; nameOf: (id: string) => string }) {
  const columns = ['received', 'open', 'settled', 'overdue', 'referred'] as const
  return (
    <>
      <Repeats title={tq('insights.addresses')} groups={props.insights.repeatAddresses} testId="repeat-addresses" />
      <Repeats title={tq('insights.parties')} groups={props.insights.repeatParties} testId="repeat-parties" />
      <TableRegion label={tq('insights.recurring')}>
        <table class="table" data-testid="recurring">
          <caption>{tq('insights.recurring')}</caption>
          <thead>
            <tr>
              <th scope="col">{tq('insights.community')}</th>
              <th scope="col">{tq('insights.category')}</th>
              <th scope="col" class="num">
                {tq('insights.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.insights.recurringTypes}>
              {(row) => (
                <tr>
                  <th scope="row">{props.nameOf(row.communityId)}</th>
                  <td>{tq(`category.${row.category}`)}</td>
                  <td class="num">{row.count}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
      <TableRegion label={tq('insights.communities')}>
        <table class="table" data-testid="per-community">
          <caption>{tq('insights.communities')}</caption>
          <thead>
            <tr>
              <th scope="col">{tq('insights.community')}</th>
              <For each={columns}>
                {(column) => (
                  <th scope="col" class="num">
                    {tq(`insights.${column}`)}
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={props.insights.communities}>
              {(row) => (
                <tr>
                  <th scope="row">{props.nameOf(row.communityId)}</th>
                  <For each={columns}>{(column) => <td class="num">{row[column]}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
    </>
  )
}
