import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import { defenceGroup, incidentCount, registration, shop } from '../src/db/schema'
import { communities, stations } from './fixture'

const id = (tag: string) => `01JD${tag.padStart(22, '0')}`

export const groups = { dashilan: id('DG1'), beixinqiao: id('DG2') }
export const shops = Array.from({ length: 5 }, (_, i) => id(`SH${i}`))

type Counts = [
  floatingKnown: number,
  floatingRegistered: number,
  rentalKnown: number,
  rentalRegistered: number,
  penalties: number,
]

/**
 * Months 2026-07 … 2026-10 for the five communities of the base fixture (Qianmen: Xianyukou
 * bungalow, Dashilan and Caishikou buildings; Beixinqiao: two buildings). In Q3 Xianyukou leads
 * the bungalow league alone; Dashilan and Caishikou tie in the building league of Qianmen.
 */
export const history: Record<string, Record<string, Counts>> = {
  [communities.xianyukou]: {
    '2026-07': [200, 190, 60, 60, 1],
    '2026-08': [200, 196, 60, 60, 2],
    '2026-09': [200, 200, 60, 60, 3],
    '2026-10': [210, 210, 62, 62, 4],
  },
  [communities.dashilan]: {
    '2026-07': [100, 95, 30, 29, 0],
    '2026-08': [100, 96, 30, 30, 1],
    '2026-09': [100, 97, 30, 30, 1],
    '2026-10': [100, 98, 30, 30, 2],
  },
  [communities.caishikou]: {
    '2026-07': [200, 190, 50, 50, 0],
    '2026-08': [200, 192, 50, 48, 0],
    '2026-09': [200, 194, 50, 50, 1],
    '2026-10': [200, 199, 50, 50, 1],
  },
  [communities.beixinqiao]: {
    '2026-08': [300, 270, 90, 80, 5],
    '2026-09': [300, 285, 90, 85, 6],
  },
}

/** Theft and telecom fraud in 2025-09, 2026-08 and 2026-09 (Qianmen's two communities and Beixinqiao). */
export const incidents: [communityId: string, month: string, type: 'theft' | 'telecom_fraud', count: number][] = [
  [communities.xianyukou, '2025-09', 'theft', 10],
  [communities.xianyukou, '2026-08', 'theft', 8],
  [communities.xianyukou, '2026-09', 'theft', 6],
  [communities.dashilan, '2025-09', 'theft', 4],
  [communities.dashilan, '2026-09', 'theft', 2],
  [communities.dashilan, '2026-08', 'telecom_fraud', 5],
  [communities.dashilan, '2026-09', 'telecom_fraud', 4],
  [communities.beixinqiao, '2025-09', 'theft', 7],
  [communities.beixinqiao, '2026-09', 'telecom_fraud', 9],
]

export async function insertPreventionFixture() {
  const db = createDb(env)
  const rows = Object.entries(history).flatMap(([communityId, months]) =>
    Object.entries(months).map(([month, [fk, fr, rk, rr, p]]) => ({
      communityId,
      month,
      floatingKnown: fk,
      floatingRegistered: fr,
      rentalKnown: rk,
      rentalRegistered: rr,
      illegalRentalPenalties: p,
    })),
  )
  await db.batch([
    db.insert(registration).values(rows),
    db
      .insert(incidentCount)
      .values(incidents.map(([communityId, month, type, count]) => ({ communityId, month, type, count }))),
    db.insert(defenceGroup).values([
      {
        id: groups.dashilan,
        stationId: stations.qianmen,
        nameZh: '大栅栏西街第1组',
        nameEn: 'Dashilan West Street group 1',
        streetZh: '大栅栏西街',
        streetEn: 'Dashilan West Street',
        rotaStart: '2026-01-05',
      },
      {
        id: groups.beixinqiao,
        stationId: stations.beixinqiao,
        nameZh: '簋街第1组',
        nameEn: 'Guijie group 1',
        streetZh: '簋街',
        streetEn: 'Guijie',
        rotaStart: '2026-01-05',
      },
    ]),
    db.insert(shop).values([
      ...shops.map((shopId, i) => ({
        id: shopId,
        groupId: groups.dashilan,
        nameZh: `商户${i + 1}`,
        nameEn: `Shop ${i + 1}`,
        position: i,
        // The third shop closes on Mondays (bit 0).
        closedWeekdays: i === 2 ? 1 : 0,
      })),
      { id: id('SH9'), groupId: groups.beixinqiao, nameZh: '簋街商户', nameEn: 'Guijie shop', position: 0 },
    ]),
  ])
}
