import { PublicStations } from '@platform/contracts'
import { askPeer } from '../peers'

/**
 * The stations and communities a citizen picks from, for the server-rendered form: the
 * communities worker's own public list, asked over the service binding (never its database).
 */
export const publicStations = (env: Pick<Env, 'COMMUNITIES'>) =>
  askPeer('communities', async () => {
    const answer = await env.COMMUNITIES.fetch('http://communities/api/communities/public/stations')
    if (!answer.ok) throw new Error(`communities answered ${answer.status}`)
    return PublicStations.parse(await answer.json())
  })
