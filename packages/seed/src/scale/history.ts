import type { DatabaseSync } from 'node:sqlite'
import { deduction, scoreSheet } from '../../../../workers/assessments/src/db/schema'
import { registration } from '../../../../workers/communities/src/db/schema'
import type { Rng } from '../prng'
import { createUlid } from '../ulid'
import type { DistrictIds } from './district-ids'
import { inserter } from './insert'
import { progress } from './progress'

// Two years of scores (a sheet per officer and quarter, with rater deductions against the
// station card's items) and of registration figures (per community and month). Rows the
// district seed already holds for a quarter or month are kept (INSERT OR IGNORE).

function lastMonths(now: number, count: number): string[] {
  const d = new Date(now)
  const last = d.getUTCFullYear() * 12 + d.getUTCMonth() - 1 // the last complete month
  return Array.from({ length: count }, (_, i) => {
    const m = last - (count - 1 - i)
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`
  })
}

const quarterOf = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return `${year}-Q${Math.ceil(m / 3)}`
}

export function writeScaleScores(
  db: DatabaseSync,
  ids: DistrictIds,
  options: { months: number; now: number; rng: Rng },
) {
  const { rng } = options
  const quarters = [...new Set(lastMonths(options.now, options.months).map(quarterOf))]
  const items = db
    .prepare(
      'select s.station_id as stationId, i.code as code, i.max_points as maxPoints from score_item i join scorecard s on s.id = i.scorecard_id where i.source = ?',
    )
    .all('rater') as { stationId: string; code: string; maxPoints: number }[]
  const bar = progress('score sheets', ids.officers.length * quarters.length)
  const sheets = inserter(db, scoreSheet, bar)
  const deductions = inserter(db, deduction)
  const nextId = createUlid(rng, options.now - 2 * 365 * 86_400_000)
  for (const quarter of quarters)
    for (const officer of ids.officers) {
      sheets.add({ officerId: officer.id, stationId: officer.stationId, quarter, basePoints: 100 })
      const card = items.filter((i) => i.stationId === officer.stationId)
      for (let n = rng.int(0, 2); n > 0 && card.length > 0; n--) {
        const item = rng.pick(card)
        deductions.add({
          id: nextId(),
          officerId: officer.id,
          stationId: officer.stationId,
          quarter,
          itemCode: item.code,
          points: rng.int(1, Math.max(1, item.maxPoints)),
          reason: '考核扣分（规模数据）',
          recordedAt: `${quarter.slice(0, 4)}-${String(Number(quarter.slice(-1)) * 3 - 1).padStart(2, '0')}-20T02:00:00.000Z`,
        })
      }
    }
  const written = sheets.finish()
  deductions.finish()
  bar.done()
  return { written }
}

export function writeScaleRegistrations(
  db: DatabaseSync,
  ids: DistrictIds,
  options: { months: number; now: number; rng: Rng },
) {
  const { rng } = options
  const months = lastMonths(options.now, options.months)
  const bar = progress('registration records', ids.communities.length * months.length)
  const rows = inserter(db, registration, bar)
  for (const community of ids.communities)
    for (const month of months) {
      const floatingKnown = rng.int(50, 900)
      const rentalKnown = rng.int(20, 400)
      rows.add({
        communityId: community.id,
        month,
        floatingKnown,
        floatingRegistered: Math.round(floatingKnown * (0.85 + rng.next() * 0.15)),
        rentalKnown,
        rentalRegistered: Math.round(rentalKnown * (0.85 + rng.next() * 0.15)),
        illegalRentalPenalties: rng.int(0, 6),
      })
    }
  const written = rows.finish()
  bar.done()
  return { written }
}
