import type { DutyOfDay } from '@platform/contracts'
import { formatDay, label, locale, TableRegion } from '@platform/ui'
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { td } from './messages'

export function DutyToday(props: { duty: DutyOfDay }) {
  return (
    <section class="stack" aria-labelledby="duty-title">
      <h2 id="duty-title">{td('dash.duty.title', { date: formatDay(props.duty.date, locale()) })}</h2>
      <p class="muted">{td('dash.duty.lead')}</p>
      <p>
        <A href="/defence">{td('dash.duty.all')}</A>
      </p>
      <Show when={props.duty.groups.length > 0} fallback={<p>{td('dash.duty.none')}</p>}>
        <TableRegion label={td('dash.duty.title', { date: props.duty.date })}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{td('dash.duty.group')}</th>
                <th scope="col">{td('dash.duty.shops')}</th>
                <th scope="col">{td('dash.duty.onDuty')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.duty.groups}>
                {(group) => (
                  <tr>
                    <th scope="row">
                      <A href={`/defence/${group.id}`}>{label(group.name)}</A>
                    </th>
                    <td>{group.shopCount}</td>
                    <td>
                      <Show when={group.onDuty.length > 0} fallback={td('dash.duty.closed')}>
                        <ul class="plain-list">
                          <For each={group.onDuty}>{(shop) => <li>{label(shop.name)}</li>}</For>
                        </ul>
                      </Show>
                    </td>
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
