import { exports } from 'cloudflare:workers'
import type { Actor, Role } from '@platform/auth'
import type { ErrorBody } from '@platform/contracts'
import { asActor, asRole, type Place } from '@platform/testing'
import { officers, stations, teams } from './fixture'

/** Where the test actors of the officers' work sit (fixture.ts: north station, team 1). */
export const places = {
  northHead: { stationId: stations.north },
  southHead: { stationId: stations.south },
  northLeader: { stationId: stations.north, teamId: teams.first, officerId: officers.li },
  secondLeader: { stationId: stations.north, teamId: teams.second, officerId: officers.zhao },
  wang: { stationId: stations.north, teamId: teams.first, officerId: officers.wang },
  branch: {},
} satisfies Record<string, Place>

export type Answer<T> = { status: number; body: T & ErrorBody }

/** A JSON request to the worker as a user holding `role` at `place`. */
export async function call<T = unknown>(
  method: string,
  path: string,
  role: Role | Actor,
  place: Place,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await exports.default.fetch(`http://officers${path}`, {
    method,
    headers: {
      ...(await (typeof role === 'string' ? asRole(role, place) : asActor(role))),
      'content-type': 'application/json',
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json<T & ErrorBody>() }
}
