import { addDays, weekStartOf } from '../../../workers/officers/src/rules/shanghai-time'
import { periodOf } from '../../../workers/officers/src/rules/task-periods'
import { DISPUTES_UNTIL } from './disputes'
import type { Rng } from './prng'
import type { Row } from './tables'

// The task plan of the article (domain.md, "six musts", "periodic notification", "work rhythm"):
// branch-wide checklists, each station's templates from daily to annual with quantified
// standards, and a few weeks of the demo officer's lists, mostly worked, so the desk has a past.
// Deterministic: dates are fixed relative to TASKS_UNTIL, never to the clock.

/** The last day of the demo officer's seeded lists (the seeded disputes end there too). */
export const TASKS_UNTIL = DISPUTES_UNTIL
/** Weeks of the demo officer's past lists. */
const DEMO_WEEKS = 4

type ChecklistSpec = {
  code: string
  title: [zh: string, en: string]
  subject: 'officer' | 'key_unit'
  items: [zh: string, en: string][]
}

/** 四知六熟悉, 六必须, 三个五 — the wording of the three fives follows one station's list. */
const CHECKLISTS: ChecklistSpec[] = [
  {
    code: 'four_knows_six_familiarities',
    title: ['四知六熟悉', 'Four knows, six familiarities'],
    subject: 'officer',
    items: [
      ['知人口底数', 'Know the population of the grid'],
      ['知重点人员', 'Know the people under special care'],
      ['知社情民意', "Know the residents' concerns"],
      ['知治安状况', 'Know the public-security situation'],
      ['熟悉辖区地理道路', 'Familiar with the streets and roads'],
      ['熟悉重点单位', 'Familiar with the key units'],
      ['熟悉出租房屋', 'Familiar with the rental housing'],
      ['熟悉沿街商铺', 'Familiar with the shops along the streets'],
      ['熟悉社区干部和志愿者', 'Familiar with the community cadres and volunteers'],
      ['熟悉群防群治力量', 'Familiar with the joint-defence forces'],
    ],
  },
  {
    code: 'six_musts',
    title: ['六必须', 'Six musts'],
    subject: 'officer',
    items: [
      ['以"十个防住"为目标', 'Aim at the "ten things prevented"'],
      ['九成以上工作时间在社区', 'Spend at least 90 % of working time in the community'],
      ['流动人口和出租房屋登记"双百"', 'Register floating population and rental housing at 100 %'],
      ['矛盾纠纷"三步曲"', 'Work disputes in three steps: screening, mediation, protection'],
      ['做到"四知六熟悉"', 'Keep the "four knows, six familiarities"'],
      ['重点单位落实"三个五"', 'Apply the "three fives" at every key unit'],
    ],
  },
  {
    code: 'three_fives',
    title: ['重点单位"三个五"', 'Key units: the three fives'],
    subject: 'key_unit',
    items: [
      ['上下学、就诊高峰五分钟巡查', 'Five-minute patrol at the opening and closing peaks'],
      ['五分钟内到达现场', 'On the scene within five minutes of an alarm'],
      ['安保力量、装备、视频、报警、门禁五项检查', 'Five checks: guards, equipment, video, alarm, gates'],
    ],
  },
]

type TemplateSpec = {
  key: string
  kind: 'regular' | 'special'
  cadence: TaskCadence
  title: [zh: string, en: string]
  target: number
  unit: [zh: string, en: string]
  evidence: 'count' | 'note' | 'checklist'
  checklist?: string
}
type TaskCadence = 'daily' | 'weekly' | 'half_monthly' | 'monthly' | 'quarterly' | 'annual'

/** Every station's list, from the daily reminder to the annual review (每日提醒…季度评比). */
const TEMPLATES: TemplateSpec[] = [
  {
    key: 'ledger',
    kind: 'regular',
    cadence: 'daily',
    title: ['查看矛盾纠纷台账', 'Review the dispute ledger'],
    target: 1,
    unit: ['次', 'review'],
    evidence: 'count',
  },
  {
    key: 'patrol',
    kind: 'regular',
    cadence: 'daily',
    title: ['社区巡查', 'Patrol the grid on foot'],
    target: 1,
    unit: ['次', 'patrol'],
    evidence: 'count',
  },
  {
    key: 'visits',
    kind: 'regular',
    cadence: 'weekly',
    title: ['入户走访', 'Visit households'],
    target: 30,
    unit: ['户', 'households'],
    evidence: 'count',
  },
  {
    key: 'weekly',
    kind: 'regular',
    cadence: 'weekly',
    title: ['每周工作小结', 'Weekly progress note'],
    target: 1,
    unit: ['份', 'note'],
    evidence: 'note',
  },
  {
    key: 'registration',
    kind: 'regular',
    cadence: 'half_monthly',
    title: ['流动人口和出租房屋登记推进', 'Push floating-population and rental registration'],
    target: 10,
    unit: ['条', 'registrations'],
    evidence: 'count',
  },
  {
    key: 'four_knows',
    kind: 'regular',
    cadence: 'monthly',
    title: ['四知六熟悉自查', 'Four knows, six familiarities: self-check'],
    target: 1,
    unit: ['次', 'check'],
    evidence: 'checklist',
    checklist: 'four_knows_six_familiarities',
  },
  {
    key: 'key_units',
    kind: 'regular',
    cadence: 'monthly',
    title: ['重点单位"三个五"检查', 'Key units: three-fives check'],
    target: 2,
    unit: ['家', 'units'],
    evidence: 'checklist',
    checklist: 'three_fives',
  },
  {
    key: 'summary',
    kind: 'regular',
    cadence: 'monthly',
    title: ['月度工作总结', 'Monthly summary'],
    target: 1,
    unit: ['份', 'summary'],
    evidence: 'note',
  },
  {
    key: 'six_musts',
    kind: 'regular',
    cadence: 'quarterly',
    title: ['"六必须"季度自评', 'Six musts: quarterly self-rating'],
    target: 1,
    unit: ['次', 'rating'],
    evidence: 'checklist',
    checklist: 'six_musts',
  },
  {
    key: 'annual',
    kind: 'regular',
    cadence: 'annual',
    title: ['年度述职', 'Annual report on the grid'],
    target: 1,
    unit: ['份', 'report'],
    evidence: 'note',
  },
  {
    key: 'winter',
    kind: 'special',
    cadence: 'monthly',
    title: ['冬季防火安全走访', 'Winter fire-safety visits'],
    target: 20,
    unit: ['户', 'households'],
    evidence: 'count',
  },
]

type Plans = {
  checklist: Row<'officers', 'checklist'>[]
  checklistItem: Row<'officers', 'checklistItem'>[]
  taskTemplate: Row<'officers', 'taskTemplate'>[]
  taskItem: Row<'officers', 'taskItem'>[]
}

const SEEDED_AT = '2024-09-30T00:00:00.000Z'

/**
 * The checklists (branch-wide), every station's templates, and the demo officer's lists of the
 * weeks up to TASKS_UNTIL: daily and weekly items of those weeks and the longer periods holding
 * them, about four in five done, the rest partly done (overdue on the desk).
 */
export function generateTaskPlans(
  rng: Rng,
  nextId: () => string,
  stations: readonly { id: string }[],
  demoOfficer: { id: string; stationId: string } | undefined,
): Plans {
  const checklist = CHECKLISTS.map((spec) => ({
    id: nextId(),
    stationId: null,
    code: spec.code,
    titleZh: spec.title[0],
    titleEn: spec.title[1],
    subject: spec.subject,
  }))
  const checklistOf = new Map(CHECKLISTS.map((spec, i) => [spec.code, checklist[i] as (typeof checklist)[number]]))
  const checklistItem = CHECKLISTS.flatMap((spec) =>
    spec.items.map(([zh, en], i) => ({
      checklistId: (checklistOf.get(spec.code) as { id: string }).id,
      position: i + 1,
      textZh: zh,
      textEn: en,
    })),
  )
  const taskTemplate = stations.flatMap((station) =>
    TEMPLATES.map((spec) => ({
      id: nextId(),
      stationId: station.id,
      kind: spec.kind,
      cadence: spec.cadence,
      titleZh: spec.title[0],
      titleEn: spec.title[1],
      target: spec.target,
      unitZh: spec.unit[0],
      unitEn: spec.unit[1],
      evidence: spec.evidence,
      checklistId: spec.checklist ? (checklistOf.get(spec.checklist)?.id ?? null) : null,
      dedicatedOnly: true,
      active: true,
      createdBy: 'seed',
      createdAt: SEEDED_AT,
    })),
  )
  if (!demoOfficer) return { checklist, checklistItem, taskTemplate, taskItem: [] }

  const own = taskTemplate.filter((t) => t.stationId === demoOfficer.stationId)
  const positionsOf = (checklistId: string | null) =>
    checklistItem.filter((item) => item.checklistId === checklistId).map((item) => item.position)
  const firstDay = weekStartOf(addDays(TASKS_UNTIL, -7 * (DEMO_WEEKS - 1)))
  const periods = new Map<string, { template: (typeof own)[number]; start: string; end: string }>()
  for (let day = firstDay; day <= TASKS_UNTIL; day = addDays(day, 1))
    for (const template of own) {
      const period = periodOf(template.cadence, day)
      periods.set(`${template.id}/${period.start}`, { template, ...period })
    }
  const taskItem = [...periods.values()].map(({ template, start, end }) => {
    // Periods still running on TASKS_UNTIL are under way; past ones mostly done.
    const running = end > TASKS_UNTIL
    const done = !running && rng.next() < 0.8
    const count = done ? template.target + (rng.next() < 0.3 ? rng.int(1, 3) : 0) : rng.int(0, template.target - 1)
    const positions = positionsOf(template.checklistId)
    const checked = done ? positions : positions.slice(0, rng.int(0, Math.max(0, positions.length - 1)))
    const complete = done ? `${end}T10:00:00.000Z` : null
    return {
      id: nextId(),
      officerId: demoOfficer.id,
      stationId: demoOfficer.stationId,
      templateId: template.id,
      periodStart: start,
      periodEnd: end,
      target: template.target,
      done: template.evidence === 'count' || template.evidence === 'checklist' ? count : done ? 1 : 0,
      note: template.evidence === 'note' && done ? `${template.titleZh}：已完成（${end}）` : null,
      checked: JSON.stringify(template.evidence === 'checklist' ? checked : []),
      status: done ? ('done' as const) : ('open' as const),
      completedAt: complete,
      updatedAt: complete ?? `${TASKS_UNTIL}T10:00:00.000Z`,
    }
  })
  return { checklist, checklistItem, taskTemplate, taskItem }
}
