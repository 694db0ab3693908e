import { apportion } from './apportion'
import type { Rng } from './prng'
import type { Row } from './tables'

// A year of prevention records for the communities worker, so figures and the station dashboard
// are computed from data, never typed in:
// - registration figures per community and month ("double 100 %"): the district ends the year
//   near the article's 97.5 % floating-population registration, some communities at 100 %, and
//   illegal-rental penalties grow about ×3.1 from the first months to the last;
// - the ten-household joint defence (十户联防) of 南锣鼓巷 in 交道口: 167 shops on file in groups of
//   nine or ten neighbours, 213 shop staff taking part (article).

/** The last month of history: the last complete month when the seed was written. */
export const HISTORY_LAST_MONTH = '2026-10'
export const HISTORY_MONTHS = 12
/** Penalties of the last three months over the first three ("月均违法出租房屋处罚提升3.1倍"). */
export const PENALTY_GROWTH = 3.1

export const JOINT_DEFENCE = {
  stationCode: 'jiaodaokou',
  street: { zh: '南锣鼓巷', en: 'Nanluoguxiang' },
  shops: 167,
  staff: 213,
  groupSize: 10,
  /** A Monday: the rota counts turns from it. */
  rotaStart: '2025-03-03',
} as const

/**
 * Safety indicators over two years, so a year-on-year change exists for the last month: theft-type
 * incidents fall to 57 % of the year before (−43 %), telecom fraud drops 8.6 % in the last month.
 */
export const INCIDENT_HISTORY = {
  months: 24,
  theftPerMonth: 600,
  theftYearOnYear: -0.43,
  fraudPerMonth: 300,
  fraudMonthOnMonth: -0.086,
} as const

type Registration = Row<'communities', 'registration'>
type Incident = Row<'communities', 'incidentCount'>
type DefenceGroup = Row<'communities', 'defenceGroup'>
type Shop = Row<'communities', 'shop'>
type Community = Pick<Row<'communities', 'community'>, 'id' | 'population'>
type Station = Pick<Row<'communities', 'station'>, 'id' | 'code'>

function monthsUpTo(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + month - 1 - (count - 1 - i)
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

/** An integer whose expectation is `value` (random dithering keeps sums unbiased). */
const dither = (rng: Rng, value: number) => Math.floor(value + rng.next())

export function generateRegistrations(rng: Rng, communities: readonly Community[]): Registration[] {
  const months = monthsUpTo(HISTORY_LAST_MONTH, HISTORY_MONTHS)
  // Expected penalties rise linearly, 1 + k·m/last; the first three months average 1 + k/last and
  // the last three 1 + k(last-1)/last, so k solves their ratio = PENALTY_GROWTH.
  const last = months.length - 1
  const k = ((PENALTY_GROWTH - 1) * last) / (last - 1 - PENALTY_GROWTH)
  const rows: Registration[] = []
  for (const community of communities) {
    const floatingShare = 0.12 + 0.18 * rng.next()
    const homesPerPerson = 1 / (2.5 + 1.5 * rng.next())
    // Final gap to 100 %: three in ten communities close it; the others end 0–7 % short.
    const finalGap = rng.next() < 0.3 ? 0 : 0.07 * rng.next()
    const startGap = finalGap + 0.02 + 0.04 * rng.next()
    const penaltyBase = 0.2 + 0.4 * rng.next()
    months.forEach((month, m) => {
      const progress = m / last
      const floatingKnown = Math.round(community.population * floatingShare * (0.97 + 0.06 * rng.next()))
      const gap = startGap + (finalGap - startGap) * progress
      const rentalKnown = Math.round(floatingKnown * homesPerPerson)
      rows.push({
        communityId: community.id,
        month,
        floatingKnown,
        floatingRegistered: Math.min(floatingKnown, Math.round(floatingKnown * (1 - gap))),
        rentalKnown,
        rentalRegistered: Math.min(rentalKnown, Math.round(rentalKnown * (1 - gap * 0.8))),
        illegalRentalPenalties: dither(rng, penaltyBase * (1 + (k * m) / last)),
      })
    })
  }
  return rows
}

/**
 * District totals per month follow the article's changes exactly (up to rounding); each month's
 * total is shared out over the communities by population with some jitter, so the station
 * figures vary while the district ones hold.
 */
export function generateIncidents(rng: Rng, communities: readonly Community[]): Incident[] {
  const { months: count, theftPerMonth, theftYearOnYear, fraudPerMonth, fraudMonthOnMonth } = INCIDENT_HISTORY
  const months = monthsUpTo(HISTORY_LAST_MONTH, count)
  const last = count - 1
  const season = (m: number) => 1 + 0.05 * Math.sin((2 * Math.PI * m) / 12)
  // The second year slides linearly down to the year-on-year change in its last month.
  const decline = (m: number) => (m < 12 ? 1 : 1 + theftYearOnYear * ((m - 11) / 12))
  const fraudTrend = (m: number) => 1 + 0.02 * Math.min(m, last - 1)
  const theftTotal = (m: number) => Math.round(theftPerMonth * season(m) * decline(m))
  const fraudTotal = (m: number): number =>
    m === last ? Math.round(fraudTotal(last - 1) * (1 + fraudMonthOnMonth)) : Math.round(fraudPerMonth * fraudTrend(m))
  const exposure = communities.map((c) => c.population * (0.6 + 0.8 * rng.next()))

  const rows: Incident[] = []
  months.forEach((month, m) => {
    for (const [type, total] of [
      ['theft', theftTotal(m)],
      ['telecom_fraud', fraudTotal(m)],
    ] as const) {
      const parts = apportion(
        total,
        exposure.map((e) => e * (0.85 + 0.3 * rng.next())),
      )
      communities.forEach((c, i) => {
        const n = parts[i] as number
        // A month without incidents of a type has no row: absent counts as zero.
        if (n > 0) rows.push({ communityId: c.id, month, type, count: n })
      })
    }
  })
  return rows
}

// biome-ignore format: one kind a line reads as a table
const SHOP_KINDS: readonly [zh: string, en: string][] = [
  ['茶馆', 'Teahouse'], ['书店', 'Bookshop'], ['咖啡馆', 'Café'], ['文创店', 'Gift shop'], ['小吃店', 'Snack bar'],
  ['酸奶店', 'Yoghurt shop'], ['糖葫芦铺', 'Candied haws stall'], ['服装店', 'Clothes shop'], ['银饰店', 'Silversmith'],
  ['照相馆', 'Photo studio'], ['面馆', 'Noodle house'], ['甜品店', 'Dessert shop'], ['酒吧', 'Bar'], ['扇子铺', 'Fan shop'],
]

export function generateJointDefence(
  rng: Rng,
  newId: () => string,
  stations: readonly Station[],
  communities: readonly Pick<Row<'communities', 'community'>, 'id' | 'stationId' | 'nameEn'>[] = [],
): { defenceGroup: DefenceGroup[]; shop: Shop[] } {
  const station = stations.find((s) => s.code === JOINT_DEFENCE.stationCode)
  if (!station) throw new Error(`no station ${JOINT_DEFENCE.stationCode} for the joint defence`)
  // The street lies in the community of its name: its grid's officer takes the problems reported on duty.
  const streetCommunity =
    communities.find((c) => c.stationId === station.id && c.nameEn.startsWith(JOINT_DEFENCE.street.en))?.id ?? null
  const { shops: total, groupSize, street } = JOINT_DEFENCE
  const groupCount = Math.ceil(total / groupSize)
  // 167 = 14 groups of ten + 3 of nine: sizes differ by one at most.
  const sizes = Array.from(
    { length: groupCount },
    (_, g) => Math.floor(total / groupCount) + (g < total % groupCount ? 1 : 0),
  )
  const twoStaff = new Set(rng.shuffle([...Array(total).keys()]).slice(0, JOINT_DEFENCE.staff - total))

  const defenceGroup: DefenceGroup[] = []
  const shop: Shop[] = []
  let house = 1
  sizes.forEach((size, g) => {
    const groupId = newId()
    defenceGroup.push({
      id: groupId,
      stationId: station.id,
      nameZh: `${street.zh}第${g + 1}组`,
      nameEn: `${street.en} group ${g + 1}`,
      streetZh: street.zh,
      streetEn: street.en,
      rotaStart: JOINT_DEFENCE.rotaStart,
      communityId: streetCommunity,
    })
    for (let position = 0; position < size; position++) {
      const [zh, en] = rng.pick(SHOP_KINDS)
      // Shops on alternate sides of the street: odd and even house numbers.
      house += rng.int(1, 3)
      const closed = rng.next()
      shop.push({
        id: newId(),
        groupId,
        nameZh: `${street.zh}${house}号${zh}`,
        nameEn: `${en}, No. ${house} ${street.en}`,
        position,
        // About one shop in five rests on Mondays, one in twenty on Tuesdays (bit n-1 = ISO weekday n).
        closedWeekdays: closed < 0.2 ? 1 : closed < 0.25 ? 2 : 0,
        staff: twoStaff.has(shop.length) ? 2 : 1,
      })
    }
  })
  return { defenceGroup, shop }
}
