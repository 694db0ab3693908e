import { env } from 'cloudflare:workers'
import type { Finding, Inspection, KeyUnitDetail, KeyUnitList } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, shanghaiDay } from '../src/rules/calendar'
import { call, head, place } from './call'
import { communities, insertFixture, stations } from './fixture'
import { findings, insertPlacesFixture, units } from './places-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPlacesFixture()
})

const officer = () => asRole('officer', place)

describe('key units and the "three fives"', () => {
  it('lists the station’s units with the latest inspection and open findings', async () => {
    const { status, body } = await call<KeyUnitList>('GET', '/key-units')
    expect(status).toBe(200)
    expect(body.checklist).toHaveLength(15)
    expect(body.units.map((u) => u.id).sort()).toEqual([units.school, units.hospital].sort())
    expect(body.units.find((u) => u.id === units.school)).toMatchObject({
      lastInspection: '2026-09-10',
      itemsPassed: 1,
      checklistSize: 15,
      openFindings: 1,
    })
    expect(body.units.find((u) => u.id === units.hospital)).toMatchObject({ lastInspection: null, openFindings: 0 })
  })

  it('records an inspection; each failed item opens a finding; the officer defaults to the actor', async () => {
    const { status, body } = await call<Inspection>(
      'POST',
      `/key-units/${units.hospital}/inspections`,
      {
        date: '2026-10-02',
        items: [
          { code: 'people.guards', passed: true },
          { code: 'technical.alarm', passed: false, finding: '一键报警未联网' },
        ],
      },
      await officer(),
    )
    expect(status).toBe(201)
    expect(body.officerId).toBe(place.officerId)
    expect(body.findings).toEqual([expect.objectContaining({ itemCode: 'technical.alarm', status: 'open' })])
    const detail = await call<KeyUnitDetail>('GET', `/key-units/${units.hospital}`)
    expect(detail.body).toMatchObject({ openFindings: 1, lastInspection: '2026-10-02', itemsPassed: 1 })
    expect(detail.body.inspections).toHaveLength(1)
  })

  it('answers a retry with the same Idempotency-Key with the first inspection', async () => {
    const body = { date: '2026-10-03', items: [{ code: 'physical.lighting', passed: true }] }
    const headers = { ...(await head()), 'Idempotency-Key': 'inspect-hospital-0001' }
    const first = await call<Inspection>('POST', `/key-units/${units.hospital}/inspections`, body, headers)
    const second = await call<Inspection>('POST', `/key-units/${units.hospital}/inspections`, body, headers)
    expect(second.body.id).toBe(first.body.id)
    const detail = await call<KeyUnitDetail>('GET', `/key-units/${units.hospital}`)
    expect(detail.body.inspections.filter((i) => i.date === '2026-10-03')).toHaveLength(1)
  })

  it.each([
    { why: 'an item not on the checklist', items: [{ code: 'people.dogs', passed: true }], field: 'items.0.code' },
    {
      why: 'an item checked twice',
      items: [
        { code: 'people.guards', passed: true },
        { code: 'people.guards', passed: true },
      ],
      field: 'items.1.code',
    },
    {
      why: 'a failed item without its finding',
      items: [{ code: 'people.guards', passed: false }],
      field: 'items.0.finding',
    },
    {
      why: 'a passed item with a finding',
      items: [{ code: 'people.guards', passed: true, finding: 'x' }],
      field: 'items.0.finding',
    },
  ])('refuses $why with 400 naming the field', async ({ items, field }) => {
    const { status, body } = await call('POST', `/key-units/${units.school}/inspections`, { date: '2026-10-01', items })
    expect(status).toBe(400)
    expect(body.error.details).toMatchObject({ fields: [expect.objectContaining({ path: field })] })
  })

  it('refuses an inspection on a day to come', async () => {
    const tomorrow = addDays(shanghaiDay(new Date()), 1)
    const { status } = await call('POST', `/key-units/${units.school}/inspections`, {
      date: tomorrow,
      items: [{ code: 'people.guards', passed: true }],
    })
    expect(status).toBe(400)
  })

  it('fixes an open finding with a note, once', async () => {
    const fixed = await call<Finding>('POST', `/key-unit-findings/${findings.schoolCctv}/fix`, {
      note: '已更换摄像头',
      date: '2026-09-20',
    })
    expect(fixed.status).toBe(200)
    expect(fixed.body).toMatchObject({ status: 'fixed', fixedOn: '2026-09-20', fixNote: '已更换摄像头' })
    const again = await call('POST', `/key-unit-findings/${findings.schoolCctv}/fix`, { note: 'again' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('FINDING_ALREADY_FIXED')
  })

  it('refuses a fix dated before the finding, or without a note', async () => {
    const inspection = await call<Inspection>('POST', `/key-units/${units.school}/inspections`, {
      date: '2026-10-05',
      items: [{ code: 'physical.doors', passed: false, finding: '门锁损坏' }],
    })
    const findingId = inspection.body.findings[0]?.id
    expect((await call('POST', `/key-unit-findings/${findingId}/fix`, { note: 'ok', date: '2026-10-04' })).status).toBe(
      400,
    )
    expect((await call('POST', `/key-unit-findings/${findingId}/fix`, { note: '  ' })).status).toBe(400)
  })

  it('puts a unit on file for the station head, not for an officer', async () => {
    const input = {
      communityId: communities.caishikou,
      kind: 'kindergarten',
      name: { zh: '菜市口幼儿园', en: 'Caishikou Kindergarten' },
    }
    expect((await call('POST', '/key-units', input)).status).toBe(201)
    expect((await call('POST', '/key-units', input, await officer())).status).toBe(403)
  })

  it('answers 404 for another station’s unit, finding or community', async () => {
    expect((await call('GET', `/key-units/${units.beixinqiaoSchool}`)).status).toBe(404)
    expect(
      (
        await call('POST', '/key-units', {
          communityId: communities.beixinqiao,
          kind: 'school',
          name: { zh: '某校', en: 'A school' },
        })
      ).status,
    ).toBe(404)
    expect((await call('GET', '/key-units/01JD0000000000000000000K99')).status).toBe(404)
    expect((await call('GET', `/key-units?station=${stations.beixinqiao}`)).status).toBe(404)
  })
})

describe('key units of the whole district', () => {
  it('lists more units than D1 binds parameters in one query (the branch’s dashboard)', async () => {
    // 150 more schools in Beixinqiao, each with an open finding: the district lists them all.
    const db = env.DB
    const ids = Array.from({ length: 150 }, (_, i) => `01JD00000000000000000K${String(i).padStart(4, '0')}`)
    await db.batch(
      ids.flatMap((id, i) => [
        db
          .prepare(`insert into key_unit (id, community_id, kind, name_zh, name_en) values (?1, ?2, 'school', ?3, ?4)`)
          .bind(id, communities.beixinqiao, `学校${i}`, `School ${i}`),
        db
          .prepare(
            `insert into key_unit_inspection (id, key_unit_id, date, items, recorded_by)
             values (?1, ?2, '2026-09-01', '[{"code":"guards","passed":false}]', 'test')`,
          )
          .bind(`${id.slice(0, 20)}I${id.slice(21)}`, id),
        db
          .prepare(
            `insert into key_unit_finding (id, key_unit_id, inspection_id, item_code, description, status, found_on)
             values (?1, ?2, ?3, 'guards', 'A gate left open', 'open', '2026-09-01')`,
          )
          .bind(`${id.slice(0, 20)}F${id.slice(21)}`, id, `${id.slice(0, 20)}I${id.slice(21)}`),
      ]),
    )
    const { status, body } = await call<KeyUnitList>('GET', '/key-units', undefined, await asRole('branch_admin'))
    expect(status).toBe(200)
    expect(body.units.length).toBeGreaterThanOrEqual(153)
    const added = body.units.filter((u) => ids.includes(u.id))
    expect(added).toHaveLength(150)
    expect(added.every((u) => u.openFindings === 1 && u.lastInspection === '2026-09-01')).toBe(true)
  })
})
