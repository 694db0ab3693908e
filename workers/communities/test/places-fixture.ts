import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import {
  keyUnit,
  keyUnitFinding,
  keyUnitInspection,
  manager,
  outreachCampaign,
  outreachEvent,
  outreachGroup,
} from '../src/db/schema'
import { communities, stations } from './fixture'

const id = (tag: string) => `01JD${tag.padStart(22, '0')}`

export const units = { school: id('K1'), hospital: id('K2'), beixinqiaoSchool: id('K3') }
export const inspections = { school: id('N1') }
export const findings = { schoolCctv: id('F1') }
export const managers = { xianyukou: id('M1'), dashilan: id('M2'), caishikou: id('M3'), beixinqiao: id('M4') }
export const outreach = { residents: id('Q1'), couriers: id('Q2'), campaign: id('R1'), event: id('V1') }

/**
 * Key units, managers and outreach on top of the base fixture. Qianmen: a school in Xianyukou
 * inspected on 2026-09-10 with one open finding (CCTV), a hospital in Dashilan never inspected;
 * Beixinqiao: one school. Managers: one per community (two inactive none). Outreach: two groups in
 * Qianmen, one five-preventions campaign with one event.
 */
export async function insertPlacesFixture() {
  const db = createDb(env)
  await db.batch([
    db.insert(keyUnit).values([
      {
        id: units.school,
        communityId: communities.xianyukou,
        kind: 'school',
        nameZh: '鲜鱼口小学',
        nameEn: 'Xianyukou Primary School',
      },
      {
        id: units.hospital,
        communityId: communities.dashilan,
        kind: 'hospital',
        nameZh: '大栅栏医院',
        nameEn: 'Dashilan Hospital',
      },
      {
        id: units.beixinqiaoSchool,
        communityId: communities.beixinqiao,
        kind: 'school',
        nameZh: '北新桥小学',
        nameEn: 'Beixinqiao School',
      },
    ]),
    db.insert(keyUnitInspection).values({
      id: inspections.school,
      keyUnitId: units.school,
      date: '2026-09-10',
      officerId: id('E1'),
      items: [
        { code: 'people.guards', passed: true },
        { code: 'technical.cctv', passed: false },
      ],
      recordedBy: 'fixture',
    }),
    db.insert(keyUnitFinding).values({
      id: findings.schoolCctv,
      keyUnitId: units.school,
      inspectionId: inspections.school,
      itemCode: 'technical.cctv',
      description: '东门摄像头损坏',
      status: 'open',
      foundOn: '2026-09-10',
    }),
    db.insert(manager).values([
      { id: managers.xianyukou, communityId: communities.xianyukou, nameZh: '王芳', nameEn: 'Wang Fang' },
      { id: managers.dashilan, communityId: communities.dashilan, nameZh: '李静', nameEn: 'Li Jing' },
      { id: managers.caishikou, communityId: communities.caishikou, nameZh: '赵敏', nameEn: 'Zhao Min' },
      { id: managers.beixinqiao, communityId: communities.beixinqiao, nameZh: '孙丽', nameEn: 'Sun Li' },
    ]),
    db.insert(outreachGroup).values([
      {
        id: outreach.residents,
        communityId: communities.xianyukou,
        audience: 'residents',
        nameZh: '鲜鱼口居民群',
        nameEn: 'Xianyukou residents',
        members: 2000,
      },
      {
        id: outreach.couriers,
        communityId: communities.dashilan,
        audience: 'couriers',
        nameZh: '大栅栏快递小哥群',
        nameEn: 'Dashilan couriers',
        members: 150,
      },
    ]),
    db.insert(outreachCampaign).values({
      id: outreach.campaign,
      stationId: stations.qianmen,
      theme: 'five_preventions',
      nameZh: '五防宣传',
      nameEn: 'Five preventions',
      fromDay: '2026-01-01',
      toDay: '2026-12-31',
    }),
    db.insert(outreachEvent).values({
      id: outreach.event,
      campaignId: outreach.campaign,
      communityId: communities.xianyukou,
      date: '2026-09-05',
      placeZh: '鲜鱼口广场',
      placeEn: 'Xianyukou square',
      attendees: 120,
      leaflets: 400,
    }),
  ])
}
