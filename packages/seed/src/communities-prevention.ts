import { configFor } from '../../../workers/communities/src/config'
import { monthsOfQuarter } from '../../../workers/communities/src/rules/calendar'
import { rankLeagues } from '../../../workers/communities/src/rules/league'
import { rewardsFor } from '../../../workers/communities/src/rules/rewards'
import { dutyRota } from '../../../workers/communities/src/rules/rota'
import { THREE_FIVES } from '../../../workers/communities/src/three-fives'
import { apportion } from './apportion'
import type { Label } from './names'
import type { PlacedStation } from './places'
import type { Rng } from './prng'
import type { Row } from './tables'

// Prevention records of the communities beyond registration (communities-history.ts): key-unit
// inspections against the "three fives" with their findings, floating-population managers,
// outreach groups and the "five preventions" campaign, and a month of joint-defence duty reports.
// Deterministic like the rest of the seed: every draw comes from the stream handed in.

type KeyUnit = Row<'communities', 'keyUnit'>
type Inspection = Row<'communities', 'keyUnitInspection'>
type Finding = Row<'communities', 'keyUnitFinding'>
type Manager = Row<'communities', 'manager'>
type OutreachGroup = Row<'communities', 'outreachGroup'>
type Campaign = Row<'communities', 'outreachCampaign'>
type OutreachEvent = Row<'communities', 'outreachEvent'>
type DefenceGroup = Row<'communities', 'defenceGroup'>
type Shop = Row<'communities', 'shop'>
type DutyReport = Row<'communities', 'dutyReport'>
type DutyProblem = Row<'communities', 'dutyProblem'>
type Community = Pick<
  Row<'communities', 'community'>,
  'id' | 'stationId' | 'population' | 'nameZh' | 'nameEn' | 'housingType'
>
type Registration = Row<'communities', 'registration'>
type RewardRound = Row<'communities', 'leagueRewardRound'>
type Reward = Row<'communities', 'leagueReward'>
type Station = Pick<Row<'communities', 'station'>, 'id' | 'code'>

/** The quarters of the history year that have closed: their leagues were made and rewarded. */
export const REWARDED_QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3'] as const

/**
 * Each closed quarter, each station's league as the worker ranks it (same rules, same
 * configuration), and the rewards of the excellent communities' active managers.
 */
export function generateRewards(
  stations: readonly Station[],
  communities: readonly Community[],
  registrations: readonly Registration[],
  managers: readonly Manager[],
) {
  const leagueRewardRound: RewardRound[] = []
  const leagueReward: Reward[] = []
  for (const quarter of REWARDED_QUARTERS) {
    const months = new Set(monthsOfQuarter(quarter))
    // Recorded on the first day after the quarter, at 09:00 Beijing time.
    const last = monthsOfQuarter(quarter)[2] as string
    const [year, month] = last.split('-').map(Number) as [number, number]
    const recordedAt = new Date(Date.UTC(year, month, 1, 1)).toISOString()
    for (const station of stations) {
      const candidates = communities
        .filter((c) => c.stationId === station.id)
        .map((c) => {
          const rows = registrations.filter((r) => r.communityId === c.id && months.has(r.month))
          return {
            communityId: c.id,
            housingType: c.housingType,
            floatingKnown: rows.reduce((sum, r) => sum + r.floatingKnown, 0),
            floatingRegistered: rows.reduce((sum, r) => sum + r.floatingRegistered, 0),
          }
        })
      const { league } = configFor(station.code)
      const ranked = rankLeagues(candidates, league)
      leagueRewardRound.push({ quarter, stationId: station.id, recordedAt, recordedBy: 'seed' })
      for (const draft of rewardsFor(
        ranked,
        managers.map((m) => ({ ...m, active: m.active ?? true })),
      ))
        leagueReward.push({ ...draft, quarter, stationId: station.id, recordedAt })
    }
  }
  return { leagueRewardRound, leagueReward }
}

/** The article's outreach: 交道口's WeChat groups (7 communities, 58 groups, 20,000+ people, a third of the population). */
export const OUTREACH = {
  stationCode: 'jiaodaokou',
  groups: 58,
  members: 21_200,
  /** Other stations: fewer groups, reaching 8–20 % of their people. */
  otherGroups: [6, 16] as const,
  otherReach: [0.08, 0.2] as const,
} as const

/** "五防" campaign of the branch: 500+ events, 160,000+ leaflets (article), over the history year. */
export const FIVE_PREVENTIONS = {
  events: 520,
  leaflets: 163_400,
  from: '2025-11-01',
  to: '2026-10-31',
} as const

/** Duty reports of the joint defence over this month (its days are before the seed's last month ends). */
export const DUTY_REPORT_MONTH = { from: '2026-10-01', to: '2026-10-31' } as const

// Audiences (article: residents, building/courtyard heads, volunteers, couriers, sanitation workers,
// shopkeepers) with their share of the groups and a typical size weight.
// biome-ignore format: a table
const AUDIENCES: readonly [OutreachGroup['audience'], Label, number, number][] = [
  ['residents', { zh: '居民', en: 'residents' }, 0.4, 3],
  ['building_heads', { zh: '楼门院长', en: 'building heads' }, 0.17, 0.6],
  ['volunteers', { zh: '治安志愿者', en: 'volunteers' }, 0.15, 1],
  ['couriers', { zh: '快递小哥', en: 'couriers' }, 0.1, 0.8],
  ['sanitation', { zh: '环卫工', en: 'sanitation workers' }, 0.08, 0.5],
  ['shopkeepers', { zh: '商户', en: 'shopkeepers' }, 0.1, 1.2],
]

// biome-ignore format: a table
const PLACES: readonly Label[] = [
  { zh: '社区广场', en: 'community square' }, { zh: '居委会', en: 'residents’ committee' },
  { zh: '菜市场', en: 'market' }, { zh: '地铁站口', en: 'metro exit' }, { zh: '小学门口', en: 'school gate' },
  { zh: '胡同口', en: 'hutong entrance' }, { zh: '社区活动室', en: 'community room' }, { zh: '超市门前', en: 'supermarket' },
]

// biome-ignore format: a table
const FINDINGS: Record<string, string> = {
  'people.guards': '门卫保安缺岗', 'people.gate_log': '来访登记不全', 'people.liaison': '联络员未明确',
  'people.peak_post': '高峰时段无人值守', 'people.drills': '本学期未组织演练', 'physical.barriers': '防冲撞桩缺失',
  'physical.perimeter': '围墙有缺口', 'physical.equipment': '钢叉盾牌不足', 'physical.doors': '财务室门锁损坏',
  'physical.lighting': '夜间照明不足', 'technical.cctv': '监控有盲区', 'technical.alarm': '一键报警未联网',
  'technical.retention': '录像仅保存15天', 'technical.access': '门禁故障', 'technical.linked': '视频未接入公安平台',
}

const pad = (n: number) => String(n).padStart(2, '0')
const dayIn = (rng: Rng, month: string) => `${month}-${pad(rng.int(1, 28))}`

/** One to three inspections a unit in 2026; a failed item opens a finding, fixed unless in the latest. */
export function generateInspections(rng: Rng, newId: () => string, units: readonly KeyUnit[]) {
  const keyUnitInspection: Inspection[] = []
  const keyUnitFinding: Finding[] = []
  const months = ['2026-02', '2026-05', '2026-09', '2026-10']
  for (const unit of units) {
    const count = rng.int(1, 3)
    const chosen = months.slice(months.length - count)
    chosen.forEach((month, i) => {
      const latest = i === chosen.length - 1
      const date = dayIn(rng, month)
      const id = newId()
      const items = THREE_FIVES.map((item) => ({ code: item.code, passed: rng.next() > (latest ? 0.06 : 0.12) }))
      keyUnitInspection.push({ id, keyUnitId: unit.id, date, officerId: null, items, recordedBy: 'seed' })
      for (const item of items.filter((it) => !it.passed)) {
        // Findings of earlier inspections were fixed; of the latest, about a third already.
        const fixed = !latest || rng.next() < 0.35
        keyUnitFinding.push({
          id: newId(),
          keyUnitId: unit.id,
          inspectionId: id,
          itemCode: item.code,
          description: FINDINGS[item.code] ?? '待整改',
          status: fixed ? 'fixed' : 'open',
          foundOn: date,
          fixedOn: fixed ? (latest ? date : `${date.slice(0, 8)}28`) : null,
          fixNote: fixed ? '已整改' : null,
          fixedBy: fixed ? 'seed' : null,
        })
      }
    })
  }
  return { keyUnitInspection, keyUnitFinding }
}

/** One or two floating-population managers per community (流管员). */
export function generateManagers(
  rng: Rng,
  newId: () => string,
  nextName: () => Label,
  communities: readonly Community[],
): Manager[] {
  return communities.flatMap((community) =>
    Array.from({ length: community.population > 3500 ? 2 : 1 }, () => {
      const name = nextName()
      return { id: newId(), communityId: community.id, nameZh: name.zh, nameEn: name.en, active: rng.next() > 0.03 }
    }),
  )
}

export function generateOutreach(
  rng: Rng,
  newId: () => string,
  stations: readonly PlacedStation[],
  communities: readonly Community[],
) {
  const outreachGroup: OutreachGroup[] = []
  for (const station of stations) {
    const own = communities.filter((c) => station.communities.some((p) => p.id === c.id))
    const people = own.reduce((s, c) => s + c.population, 0)
    const article = station.spec.code === OUTREACH.stationCode
    const count = article ? OUTREACH.groups : rng.int(...OUTREACH.otherGroups)
    const members = article
      ? OUTREACH.members
      : Math.round(people * (OUTREACH.otherReach[0] + (OUTREACH.otherReach[1] - OUTREACH.otherReach[0]) * rng.next()))
    // Every community gets groups by its population; audiences by their share of the groups.
    const perCommunity = apportion(
      count,
      own.map((c) => c.population),
    )
    const drafts: { community: Community; audience: (typeof AUDIENCES)[number]; n: number }[] = []
    own.forEach((community, ci) => {
      const n = perCommunity[ci] as number
      const byAudience = apportion(
        n,
        AUDIENCES.map((a) => a[2] * (0.8 + 0.4 * rng.next())),
      )
      AUDIENCES.forEach((audience, ai) => {
        for (let k = 0; k < (byAudience[ai] as number); k++) drafts.push({ community, audience, n: k + 1 })
      })
    })
    const sizes = apportion(
      members,
      drafts.map((d) => d.audience[3] * (0.6 + 0.8 * rng.next())),
    )
    drafts.forEach((d, i) => {
      const [audience, label] = d.audience
      const suffix = d.n > 1 ? ` ${d.n}` : ''
      outreachGroup.push({
        id: newId(),
        communityId: d.community.id,
        audience,
        nameZh: `${d.community.nameZh}${label.zh}群${suffix}`,
        nameEn: `${d.community.nameEn} ${label.en}${suffix}`,
        members: sizes[i] as number,
      })
    })
  }

  const campaign: Campaign = {
    id: newId(),
    stationId: null,
    theme: 'five_preventions',
    nameZh: '“五防”宣传',
    nameEn: '"Five preventions" outreach',
    fromDay: FIVE_PREVENTIONS.from,
    toDay: FIVE_PREVENTIONS.to,
  }
  const months = Array.from({ length: 12 }, (_, m) => {
    const index = 2025 * 12 + 10 + m
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
  })
  // Events by population; leaflets by event, each event 150–450.
  const perCommunity = apportion(
    FIVE_PREVENTIONS.events,
    communities.map((c) => c.population),
  )
  const hosts = communities.flatMap((c, i) => Array.from({ length: perCommunity[i] as number }, () => c))
  const leaflets = apportion(
    FIVE_PREVENTIONS.leaflets,
    hosts.map(() => 0.5 + rng.next()),
  )
  const outreachEvent: OutreachEvent[] = hosts.map((community, i) => {
    const place = rng.pick(PLACES)
    return {
      id: newId(),
      campaignId: campaign.id,
      communityId: community.id,
      date: dayIn(rng, rng.pick(months)),
      placeZh: `${community.nameZh}${place.zh}`,
      placeEn: `${community.nameEn} ${place.en}`,
      attendees: rng.int(20, 150),
      leaflets: leaflets[i] as number,
    }
  })
  return { outreachGroup, outreachCampaign: [campaign], outreachEvent }
}

// biome-ignore format: a table
const DUTY_PROBLEMS: readonly [DutyProblem['kind'], string][] = [
  ['safety_hazard', '消防通道堆放杂物'], ['safety_hazard', '电动车违规充电'], ['dispute', '商户占道经营引发争执'],
  ['suspicious', '可疑人员徘徊'], ['other', '路灯损坏'],
]

/** A month of duty reports of each joint-defence group: the rota's two shops, patrol done on most days. */
export function generateDutyReports(
  rng: Rng,
  newId: () => string,
  groups: readonly DefenceGroup[],
  shops: readonly Shop[],
) {
  const dutyReport: DutyReport[] = []
  const dutyProblem: DutyProblem[] = []
  for (const group of groups) {
    const rota = dutyRota(
      shops.filter((s) => s.groupId === group.id).map((s) => ({ ...s, closedWeekdays: s.closedWeekdays ?? 0 })),
      { rotaStart: group.rotaStart, from: DUTY_REPORT_MONTH.from, to: DUTY_REPORT_MONTH.to, shopsOnDuty: 2 },
    )
    for (const day of rota) {
      if (day.shopIds.length === 0) continue
      const id = newId()
      dutyReport.push({
        id,
        groupId: group.id,
        date: day.date,
        shopIds: day.shopIds,
        patrolDone: rng.next() > 0.04,
        recordedBy: 'seed',
      })
      if (rng.next() < 0.08) {
        const [kind, description] = rng.pick(DUTY_PROBLEMS)
        const escalation = kind === 'dispute' ? 'dispute_lead' : kind === 'safety_hazard' ? 'task' : 'none'
        dutyProblem.push({
          id: newId(),
          reportId: id,
          kind,
          description,
          escalation,
          status: escalation === 'none' ? 'none' : 'requested',
          officerId: null,
          gridId: null,
        })
      }
    }
  }
  return { dutyReport, dutyProblem }
}

type Streams = { stream: (part: string) => Rng; ids: (part: string) => () => string; nextName: () => Label }

/** Every table above, each part from its own streams (adding one leaves the others' ids as they were). */
export function generatePrevention(
  { stream, ids, nextName }: Streams,
  places: { stations: readonly PlacedStation[]; station: readonly Station[]; community: readonly Community[] },
  registrations: readonly Registration[],
  keyUnits: readonly KeyUnit[],
  jointDefence: { defenceGroup: readonly DefenceGroup[]; shop: readonly Shop[] },
) {
  const { stations, community: communities } = places
  const manager = generateManagers(stream('managers'), ids('managers'), nextName, communities)
  return {
    ...generateInspections(stream('inspections'), ids('inspections'), keyUnits),
    manager,
    ...generateRewards(places.station, communities, registrations, manager),
    ...generateOutreach(stream('outreach'), ids('outreach'), stations, communities),
    ...generateDutyReports(stream('duty-reports'), ids('duty-reports'), jointDefence.defenceGroup, jointDefence.shop),
  }
}
