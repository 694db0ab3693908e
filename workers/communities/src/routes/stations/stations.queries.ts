import type {
  Community,
  CommunityGrid,
  Grid,
  PlaceCounts,
  PublicStations,
  Station,
  StationDetail,
} from '@platform/contracts'
import { asc, count, eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { community, grid, gridCommunity, station } from '../../db/schema'

const stationColumns = { id: station.id, code: station.code, nameZh: station.nameZh, nameEn: station.nameEn }
const toStation = (row: { id: string; code: string; nameZh: string; nameEn: string }): Station => ({
  id: row.id,
  code: row.code,
  name: { zh: row.nameZh, en: row.nameEn },
})

/** Stations in the order of their codes, as the branch lists them. */
export async function listStations(db: Db): Promise<Station[]> {
  const rows = await db.select(stationColumns).from(station).orderBy(asc(station.code))
  return rows.map(toStation)
}

/**
 * Every station with its communities, in one round trip. Only ids and names leave the worker:
 * the endpoint is public. Communities are ordered by their English (romanised) name, so the
 * order does not depend on how Chinese characters happen to be encoded.
 */
export async function listPublicStations(db: Db): Promise<PublicStations> {
  const [stationRows, communityRows] = await db.batch([
    db.select(stationColumns).from(station).orderBy(asc(station.code)),
    db
      .select({ id: community.id, stationId: community.stationId, nameZh: community.nameZh, nameEn: community.nameEn })
      .from(community)
      .orderBy(asc(community.nameEn), asc(community.id)),
  ])
  const communitiesOf = new Map<string, PublicStations['stations'][number]['communities']>()
  for (const row of communityRows) {
    const list = communitiesOf.get(row.stationId) ?? []
    list.push({ id: row.id, name: { zh: row.nameZh, en: row.nameEn } })
    communitiesOf.set(row.stationId, list)
  }
  return {
    stations: stationRows.map((row) => ({
      id: row.id,
      name: { zh: row.nameZh, en: row.nameEn },
      communities: communitiesOf.get(row.id) ?? [],
    })),
  }
}

/** One station with its communities and grids (three statements, one round trip); `null` when unknown. */
export async function findStationDetail(db: Db, stationId: string): Promise<StationDetail | null> {
  const [[stationRow], communityRows, gridRows] = await db.batch([
    db.select(stationColumns).from(station).where(eq(station.id, stationId)),
    db
      .select()
      .from(community)
      .where(eq(community.stationId, stationId))
      .orderBy(asc(community.nameEn), asc(community.id)),
    db
      .select({
        id: grid.id,
        stationId: grid.stationId,
        nameZh: grid.nameZh,
        nameEn: grid.nameEn,
        communityId: gridCommunity.communityId,
      })
      .from(grid)
      .leftJoin(gridCommunity, eq(gridCommunity.gridId, grid.id))
      .where(eq(grid.stationId, stationId))
      .orderBy(asc(grid.nameEn), asc(grid.id), asc(gridCommunity.communityId)),
  ])
  if (!stationRow) return null

  const communities: Community[] = communityRows.map((row) => ({
    id: row.id,
    stationId: row.stationId,
    name: { zh: row.nameZh, en: row.nameEn },
    housingType: row.housingType,
    population: row.population,
    areaKm2: row.areaKm2,
  }))
  const grids = new Map<string, Grid>()
  for (const row of gridRows) {
    const entry = grids.get(row.id) ?? {
      id: row.id,
      stationId: row.stationId,
      name: { zh: row.nameZh, en: row.nameEn },
      communityIds: [],
    }
    if (row.communityId !== null) entry.communityIds.push(row.communityId)
    grids.set(row.id, entry)
  }
  return { ...toStation(stationRow), communities, grids: [...grids.values()] }
}

/** The district counts the gateway shows (`/api/public/district`), counted, never literals. */
export async function countPlaces(db: Db): Promise<PlaceCounts> {
  const [[stations], [communities]] = await db.batch([
    db.select({ n: count() }).from(station),
    db.select({ n: count() }).from(community),
  ])
  return { stations: stations?.n ?? 0, communities: communities?.n ?? 0 }
}

/**
 * The station and police grid a community belongs to (a community is in at most one grid). `null`
 * when the community is unknown, so that a caller can refuse it rather than route it nowhere.
 */
export async function findGridOfCommunity(db: Db, communityId: string): Promise<CommunityGrid | null> {
  const [row] = await db
    .select({ communityId: community.id, stationId: community.stationId, gridId: gridCommunity.gridId })
    .from(community)
    .leftJoin(gridCommunity, eq(gridCommunity.communityId, community.id))
    .where(eq(community.id, communityId))
  return row ?? null
}

/** A station's code (per-station configuration is keyed by it); null when unknown. */
export async function stationCode(db: Db, stationId: string): Promise<string | null> {
  const [row] = await db.select({ code: station.code }).from(station).where(eq(station.id, stationId)).limit(1)
  return row?.code ?? null
}
