import type { Finding, Inspection, KeyUnitSummary } from '@platform/contracts'
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db'
import { community, keyUnit, keyUnitFinding, keyUnitInspection } from '../../db/schema'
import { THREE_FIVES } from '../../three-fives'

export type FindingRow = typeof keyUnitFinding.$inferSelect
export type InspectionRow = typeof keyUnitInspection.$inferSelect

export const toFinding = (row: FindingRow): Finding => ({
  id: row.id,
  keyUnitId: row.keyUnitId,
  inspectionId: row.inspectionId,
  itemCode: row.itemCode,
  description: row.description,
  status: row.status,
  foundOn: row.foundOn,
  fixedOn: row.fixedOn,
  fixNote: row.fixNote,
})

export const toInspection = (row: InspectionRow, findings: FindingRow[]): Inspection => ({
  id: row.id,
  keyUnitId: row.keyUnitId,
  date: row.date,
  officerId: row.officerId,
  items: row.items,
  findings: findings.filter((f) => f.inspectionId === row.id).map(toFinding),
})

const unitColumns = {
  id: keyUnit.id,
  communityId: keyUnit.communityId,
  kind: keyUnit.kind,
  nameZh: keyUnit.nameZh,
  nameEn: keyUnit.nameEn,
  stationId: community.stationId,
  communityZh: community.nameZh,
  communityEn: community.nameEn,
}

/** A unit with its community's station, or null. */
export async function findUnit(db: Db, unitId: string) {
  const [row] = await db
    .select(unitColumns)
    .from(keyUnit)
    .innerJoin(community, eq(community.id, keyUnit.communityId))
    .where(eq(keyUnit.id, unitId))
    .limit(1)
  return row ?? null
}

type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>

/** Units of the station (or district), each with its latest inspection and open findings. */
export async function listUnits(db: Db, stationId: string | null, communityId?: string): Promise<KeyUnitSummary[]> {
  const units = await db
    .select(unitColumns)
    .from(keyUnit)
    .innerJoin(community, eq(community.id, keyUnit.communityId))
    .where(
      and(
        stationId ? eq(community.stationId, stationId) : undefined,
        communityId ? eq(keyUnit.communityId, communityId) : undefined,
      ),
    )
    .orderBy(asc(community.nameEn), asc(keyUnit.nameEn), asc(keyUnit.id))
  return summarise(db, units)
}

/** D1 binds at most 100 parameters a statement: the district's units are asked about in parts. */
const IDS_PER_QUERY = 90

function inParts(ids: string[]): string[][] {
  const parts: string[][] = []
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) parts.push(ids.slice(i, i + IDS_PER_QUERY))
  return parts
}

export async function summarise(db: Db, units: UnitRow[]): Promise<KeyUnitSummary[]> {
  if (units.length === 0) return []
  const parts = inParts(units.map((u) => u.id))
  const [inspectionParts, openParts] = await Promise.all([
    Promise.all(
      parts.map((ids) =>
        db
          .select({
            keyUnitId: keyUnitInspection.keyUnitId,
            date: keyUnitInspection.date,
            id: keyUnitInspection.id,
            items: keyUnitInspection.items,
          })
          .from(keyUnitInspection)
          .where(inArray(keyUnitInspection.keyUnitId, ids)),
      ),
    ),
    Promise.all(
      parts.map((ids) =>
        db
          .select({ keyUnitId: keyUnitFinding.keyUnitId, n: count() })
          .from(keyUnitFinding)
          .where(and(inArray(keyUnitFinding.keyUnitId, ids), eq(keyUnitFinding.status, 'open')))
          .groupBy(keyUnitFinding.keyUnitId),
      ),
    ),
  ])
  // Newest first, as one ordered query gave them: by date, then by id.
  const inspections = inspectionParts.flat().sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
  const open = openParts.flat()
  const latest = new Map<string, (typeof inspections)[number]>()
  for (const row of inspections) if (!latest.has(row.keyUnitId)) latest.set(row.keyUnitId, row)
  const openOf = new Map(open.map((row) => [row.keyUnitId, row.n]))
  return units.map((u) => {
    const last = latest.get(u.id)
    return {
      id: u.id,
      communityId: u.communityId,
      communityName: { zh: u.communityZh, en: u.communityEn },
      kind: u.kind,
      name: { zh: u.nameZh, en: u.nameEn },
      lastInspection: last?.date ?? null,
      itemsPassed: last ? last.items.filter((i) => i.passed).length : 0,
      checklistSize: THREE_FIVES.length,
      openFindings: openOf.get(u.id) ?? 0,
    }
  })
}

export async function unitHistory(db: Db, unitId: string) {
  const [inspections, findings] = await Promise.all([
    db
      .select()
      .from(keyUnitInspection)
      .where(eq(keyUnitInspection.keyUnitId, unitId))
      .orderBy(desc(keyUnitInspection.date), desc(keyUnitInspection.id)),
    db
      .select()
      .from(keyUnitFinding)
      .where(eq(keyUnitFinding.keyUnitId, unitId))
      .orderBy(desc(keyUnitFinding.foundOn), asc(keyUnitFinding.id)),
  ])
  return { inspections, findings }
}

export async function findFinding(db: Db, findingId: string) {
  const [row] = await db.select().from(keyUnitFinding).where(eq(keyUnitFinding.id, findingId)).limit(1)
  return row ?? null
}
