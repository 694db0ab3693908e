import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'

export const HousingType = z.enum(['bungalow', 'building', 'mixed'])
export type HousingType = z.infer<typeof HousingType>

export const PublicCommunity = z.object({ id: Id, name: Label }).openapi('PublicCommunity')
export const PublicStation = z
  .object({ id: Id, name: Label, communities: z.array(PublicCommunity) })
  .openapi('PublicStation')
/** `GET /api/communities/public/stations`: what a citizen picks from; no personal data. */
export const PublicStations = z.object({ stations: z.array(PublicStation) }).openapi('PublicStations')
export type PublicStations = z.infer<typeof PublicStations>

export const Community = z
  .object({
    id: Id,
    stationId: Id,
    name: Label,
    housingType: HousingType,
    population: z.number().int().nonnegative(),
    areaKm2: z.number().nonnegative(),
  })
  .openapi('Community')
export type Community = z.infer<typeof Community>

export const Grid = z.object({ id: Id, stationId: Id, name: Label, communityIds: z.array(Id) }).openapi('Grid')
export type Grid = z.infer<typeof Grid>

/** Counts the gateway's `/api/public/district` needs from this worker (RPC). */
export type PlaceCounts = { stations: number; communities: number }

/**
 * RPC answer of `gridOfCommunity`: the station a community belongs to and its police grid
 * (`gridId: null` when it is in no grid yet). The RPC answers `null` for an unknown community, so
 * a caller can tell both apart. The station lets a caller keep a station-scoped actor to the
 * communities of that station.
 */
export type CommunityGrid = { communityId: string; stationId: string; gridId: string | null }

/** A station as other workers and lists need it: id, code and labels (`stations` RPC). */
export const Station = z.object({ id: Id, code: z.string(), name: Label }).openapi('Station')
export type Station = z.infer<typeof Station>

/** `GET /api/communities/stations/{id}`: one station with its communities and police grids. */
export const StationDetail = Station.extend({ communities: z.array(Community), grids: z.array(Grid) }).openapi(
  'StationDetail',
)
export type StationDetail = z.infer<typeof StationDetail>
