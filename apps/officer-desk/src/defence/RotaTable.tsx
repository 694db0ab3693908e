import type { DutyDay } from '@platform/contracts'
import { formatDay, label, locale, TableRegion } from '@platform/ui'
import { For, Show } from 'solid-js'
import { tj } from './messages'

/** Days of a group's rota, each with its shops on duty; `label` names the scroll region. */
export function RotaTable(props: { label: string; days: { date: string; shops: DutyDay['shops'] }[] }) {
  return (
    <TableRegion label={props.label}>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{tj('defence.day')}</th>
            <th scope="col">{tj('defence.onDuty')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.days}>
            {(day) => (
              <tr>
                <th scope="row">{formatDay(day.date, locale())}</th>
                <td>
                  <ShopNames shops={day.shops} />
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </TableRegion>
  )
}

/** The shops on duty one under the other (long names wrap on a phone instead of widening the table). */
function ShopNames(props: { shops: DutyDay['shops'] }) {
  return (
    <Show when={props.shops.length > 0} fallback={tj('defence.noneOnDuty')}>
      <ul class="plain-list">
        <For each={props.shops}>{(shop) => <li>{label(shop.name)}</li>}</For>
      </ul>
    </Show>
  )
}
