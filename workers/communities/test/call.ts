import { exports } from 'cloudflare:workers'
import type { ErrorBody } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { stations } from './fixture'

/**
 * Where the scoped actors of these tests sit: Qianmen (this worker keeps no teams or officers, so
 * the team and officer ids are only carried along).
 */
export const place = {
  stationId: stations.qianmen,
  teamId: '01JD00000000000000000000T1',
  officerId: '01JD00000000000000000000E1',
}

/** Qianmen's station head, who manages the station's records. */
export const head = () => asRole('station_head', place)

/** A JSON request to the worker, as Qianmen's station head unless other headers are given. */
export async function call<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
  const response = await exports.default.fetch(`http://communities/api/communities${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(headers ?? (await head())) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json<T & ErrorBody>() }
}
