import { Loading } from '@platform/ui'
import { Navigate } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { useOwnStation } from '../own-station'
import { Stations } from './Stations'

/** /desk/: a station-, team- or own-scoped user lands on their station; branch-wide users choose one. */
export function DeskHome() {
  const own = useOwnStation()
  return (
    <Switch fallback={<Loading />}>
      <Match when={own.stationId()}>{(stationId) => <Navigate href={`/stations/${stationId()}`} />}</Match>
      <Match when={own.known()}>
        <Stations />
      </Match>
    </Switch>
  )
}
