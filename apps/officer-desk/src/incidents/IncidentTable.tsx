import type { IncidentRecord } from '@platform/contracts'
import { formatNumber, locale, TableRegion } from '@platform/ui'
import { createSignal, For, Show } from 'solid-js'
import { INCIDENT_TYPES, monthlyChanges } from './incident-changes'
import { ti } from './messages'

const SHOWN_MONTHS = 12

/** −8.6 % / +2.1 %: a change always shows its sign; "—" when there is nothing to compare with. */
const change = (value: number | null) =>
  value === null
    ? '—'
    : new Intl.NumberFormat(locale(), {
        style: 'percent',
        signDisplay: 'exceptZero',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value)

/** A community's months, newest first: each type's count with its month-on-month and year-on-year change. */
export function IncidentTable(props: { records: IncidentRecord[]; communityName: string }) {
  const [all, setAll] = createSignal(false)
  const rows = () => monthlyChanges(props.records)
  const shown = () => (all() ? rows() : rows().slice(0, SHOWN_MONTHS))
  return (
    <Show when={rows().length > 0} fallback={<p class="muted">{ti('incidents.none')}</p>}>
      <TableRegion label={ti('incidents.table', { community: props.communityName })}>
        <table class="table" id="incident-table">
          <caption>{ti('incidents.table', { community: props.communityName })}</caption>
          <thead>
            <tr>
              <th scope="col">{ti('incidents.month')}</th>
              <For each={INCIDENT_TYPES}>{(type) => <th scope="col">{ti(`incidents.type.${type}`)}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(row) => (
                <tr data-month={row.month}>
                  <th scope="row">{row.month}</th>
                  <For each={INCIDENT_TYPES}>
                    {(type) => (
                      <td data-type={type}>
                        <span class="incident-cell">
                          <span class="incident-cell__count">
                            {ti('incidents.count', { count: formatNumber(row.cells[type].count, locale(), 0) })}
                          </span>
                          <span class="incident-cell__change">
                            {ti('incidents.mom', { value: change(row.cells[type].monthOnMonth) })}
                          </span>
                          <span class="incident-cell__change">
                            {ti('incidents.yoy', { value: change(row.cells[type].yearOnYear) })}
                          </span>
                        </span>
                      </td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableRegion>
      <p class="muted">{ti('incidents.noBase')}</p>
      <Show when={!all() && rows().length > SHOWN_MONTHS}>
        <button type="button" class="button button--secondary" onClick={() => setAll(true)}>
          {ti('incidents.showAll', { count: rows().length })}
        </button>
      </Show>
    </Show>
  )
}
