import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import { checklist, checklistItem, taskTemplate } from '../src/db/schema'
import { stations } from './fixture'

const id = (tag: string) => `01JD${tag.padStart(22, '0')}`

export const checklists = { fourKnows: id('C1'), southOnly: id('C2') }
export const templates = {
  visits: id('K1'),
  summary: id('K2'),
  fourKnows: id('K3'),
  halfMonth: id('K4'),
  quarter: id('K5'),
  year: id('K6'),
  south: id('K7'),
  retired: id('K8'),
  everyone: id('K9'),
}

const base = {
  kind: 'regular' as const,
  unitZh: '项',
  unitEn: 'items',
  checklistId: null,
  dedicatedOnly: true,
  active: true,
  createdBy: 'seed',
  createdAt: '2026-01-01T00:00:00.000Z',
}

/**
 * North station's task plan: a daily count (visit 5 households), a branch-wide weekly summary
 * (note), a monthly "four knows" checklist, half-monthly, quarterly and annual tasks, one for every
 * officer (dedicated or not); a south station template and a retired one that north never gets.
 */
export async function insertTaskFixture() {
  const db = createDb(env)
  await db.batch([
    db.insert(checklist).values([
      {
        id: checklists.fourKnows,
        stationId: null,
        code: 'four_knows',
        titleZh: '四知六熟悉',
        titleEn: 'Four knows, six familiarities',
        subject: 'officer',
      },
      {
        id: checklists.southOnly,
        stationId: stations.south,
        code: 'south',
        titleZh: '南站清单',
        titleEn: 'South list',
        subject: 'officer',
      },
    ]),
    db.insert(checklistItem).values(
      [1, 2, 3, 4].map((position) => ({
        checklistId: checklists.fourKnows,
        position,
        textZh: `第${position}项`,
        textEn: `Item ${position}`,
      })),
    ),
    // D1 binds at most 100 parameters a statement: 15 columns, so a few rows per insert.
    db.insert(taskTemplate).values([
      {
        ...base,
        id: templates.visits,
        stationId: stations.north,
        cadence: 'daily',
        titleZh: '走访住户',
        titleEn: 'Visit households',
        target: 5,
        unitZh: '户',
        unitEn: 'households',
        evidence: 'count',
      },
      {
        ...base,
        id: templates.summary,
        stationId: null,
        cadence: 'weekly',
        titleZh: '周工作小结',
        titleEn: 'Weekly summary',
        target: 1,
        evidence: 'note',
      },
      {
        ...base,
        id: templates.fourKnows,
        stationId: stations.north,
        cadence: 'monthly',
        titleZh: '四知六熟悉',
        titleEn: 'Four knows',
        target: 1,
        evidence: 'checklist',
        checklistId: checklists.fourKnows,
      },
      {
        ...base,
        id: templates.halfMonth,
        stationId: stations.north,
        cadence: 'half_monthly',
        titleZh: '半月推进',
        titleEn: 'Half-month push',
        target: 2,
        evidence: 'count',
      },
    ]),
    db.insert(taskTemplate).values([
      {
        ...base,
        id: templates.quarter,
        stationId: stations.north,
        cadence: 'quarterly',
        titleZh: '季度评比材料',
        titleEn: 'Quarterly rating file',
        target: 1,
        evidence: 'note',
      },
      {
        ...base,
        id: templates.year,
        stationId: stations.north,
        cadence: 'annual',
        titleZh: '年度述职',
        titleEn: 'Annual report',
        target: 1,
        evidence: 'note',
      },
    ]),
    db.insert(taskTemplate).values([
      {
        ...base,
        id: templates.south,
        stationId: stations.south,
        cadence: 'daily',
        titleZh: '南站任务',
        titleEn: 'South task',
        target: 1,
        evidence: 'count',
      },
      {
        ...base,
        id: templates.retired,
        stationId: stations.north,
        cadence: 'daily',
        titleZh: '已停用',
        titleEn: 'Retired',
        target: 1,
        evidence: 'count',
        active: false,
      },
      {
        ...base,
        id: templates.everyone,
        stationId: stations.north,
        cadence: 'daily',
        titleZh: '查看警情',
        titleEn: 'Read the incident log',
        target: 1,
        evidence: 'count',
        dedicatedOnly: false,
      },
    ]),
  ])
}
