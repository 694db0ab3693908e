import type { QuarterRewards } from '@platform/contracts'
import { getStaffJson, label, RequestError, TableRegion, useSession } from '@platform/ui'
import { createResource, createSignal, For, Show } from 'solid-js'
import { sendStaffJson } from '../components/send-json'
import { td } from './messages'

const path = (quarter: string, stationId: string | undefined) =>
  `/api/communities/league/${quarter}/rewards${stationId ? `?station=${stationId}` : ''}`

/**
 * The rewards the quarter's league recorded for the managers of the excellent communities. A
 * station head records them once the quarter has closed (the API keeps one round per quarter).
 */
export function LeagueRewards(props: { quarter: string; stationId: string | undefined }) {
  const user = useSession()
  const [rewards, { refetch }] = createResource(
    () => ({ quarter: props.quarter, stationId: props.stationId }),
    (source) => getStaffJson<QuarterRewards>(path(source.quarter, source.stationId)),
  )
  const [busy, setBusy] = createSignal(false)
  const [message, setMessage] = createSignal('')
  const canRecord = () =>
    props.stationId !== undefined && user.state === 'ready' && user().roles.includes('station_head')

  const record = async () => {
    setBusy(true)
    setMessage('')
    try {
      const answer = await sendStaffJson<QuarterRewards>('POST', path(props.quarter, props.stationId), {})
      setMessage(td('dash.rewards.recorded', { count: answer.rewards.length }))
      await refetch()
    } catch (error) {
      const code = error instanceof RequestError ? error.code : 'NETWORK_ERROR'
      setMessage(code === 'RULE_QUARTER_NOT_CLOSED' ? td('dash.rewards.notClosed') : td('dash.form.failed', { code }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="stack">
      <h3>{td('dash.rewards.title')}</h3>
      <Show when={rewards()}>
        {(value) => (
          <Show
            when={value().rewards.length > 0}
            fallback={<p class="muted">{td('dash.rewards.none', { quarter: props.quarter })}</p>}
          >
            <TableRegion label={td('dash.rewards.title')}>
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{td('dash.rewards.manager')}</th>
                    <th scope="col">{td('dash.league.community')}</th>
                    <th scope="col">{td('dash.league.rank')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={value().rewards}>
                    {(reward) => (
                      <tr>
                        <th scope="row">{label(reward.managerName)}</th>
                        <td>
                          {label(reward.communityName)} (
                          {td(reward.league === 'bungalow' ? 'dash.league.bungalow' : 'dash.league.building')})
                        </td>
                        <td>{reward.rank}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </TableRegion>
          </Show>
        )}
      </Show>
      <Show when={canRecord() && rewards()?.rewards.length === 0}>
        <div class="cluster">
          <button type="button" class="button button--secondary" disabled={busy()} onClick={() => void record()}>
            {td('dash.rewards.record')}
          </button>
        </div>
      </Show>
      <p class={message() ? 'state' : 'visually-hidden'} role="status">
        {message()}
      </p>
    </div>
  )
}
