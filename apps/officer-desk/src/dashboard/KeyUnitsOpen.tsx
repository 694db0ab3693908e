import type { KeyUnitList } from '@platform/contracts'
import { formatDay, label, locale, TableRegion } from '@platform/ui'
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { td } from './messages'

/** Key units with findings still open, most open first: what the station has to follow up. */
export function KeyUnitsOpen(props: { keyUnits: KeyUnitList }) {
  const open = () =>
    props.keyUnits.units
      .filter((u) => u.openFindings > 0)
      .sort((a, b) => b.openFindings - a.openFindings || a.name.en.localeCompare(b.name.en))
  return (
    <section class="stack" aria-labelledby="units-title">
      <h2 id="units-title">{td('dash.units.title')}</h2>
      <p class="muted">{td('dash.units.lead', { total: props.keyUnits.units.length, open: open().length })}</p>
      <Show when={open().length > 0} fallback={<p>{td('dash.units.none')}</p>}>
        <TableRegion label={td('dash.units.title')}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{td('dash.units.unit')}</th>
                <th scope="col">{td('dash.units.community')}</th>
                <th scope="col">{td('dash.units.last')}</th>
                <th scope="col">{td('dash.units.passed')}</th>
                <th scope="col">{td('dash.units.open')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={open()}>
                {(unit) => (
                  <tr>
                    <th scope="row">
                      <A href={`/key-units/${unit.id}`}>{label(unit.name)}</A>{' '}
                      <span class="muted">({td(`dash.kind.${unit.kind}`)})</span>
                    </th>
                    <td>{label(unit.communityName)}</td>
                    <td>{unit.lastInspection ? formatDay(unit.lastInspection, locale()) : td('dash.units.never')}</td>
                    <td>{td('dash.units.passedValue', { passed: unit.itemsPassed, size: unit.checklistSize })}</td>
                    <td>{unit.openFindings}</td>
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
