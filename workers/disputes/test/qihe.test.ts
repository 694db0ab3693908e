import { exports } from 'cloudflare:workers'
import { QihePublicInfo, QiheStaff } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedStaff, staff } from './fixtures'

beforeAll(seedStaff)

describe('GET /api/disputes/public/qihe', () => {
  it('counts active staff per agency and arrangement, every agency listed', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/public/qihe')
    expect(res.status).toBe(200)
    const info = QihePublicInfo.parse(await res.json())
    expect(info.openedOn).toBe('2025-07-24')
    expect(info.agencies).toEqual([
      { agency: 'police', resident: 2, rotating: 0, onCall: 1 },
      { agency: 'procuratorate', resident: 0, rotating: 0, onCall: 0 },
      { agency: 'court', resident: 0, rotating: 1, onCall: 0 },
      { agency: 'justice_bureau', resident: 1, rotating: 0, onCall: 0 },
    ])
  })

  it('lists every dispute category the station takes', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/public/qihe')
    const info = QihePublicInfo.parse(await res.json())
    expect(info.categories).toEqual([
      'neighbours',
      'family',
      'property_rental',
      'consumer',
      'wages',
      'traffic',
      'other',
    ])
  })

  it('never shows the name of a staff member to the public', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/public/qihe')
    const text = await res.text()
    for (const person of staff) {
      expect(text).not.toContain(person.nameEn)
      expect(text).not.toContain(person.nameZh)
    }
  })
})

describe('GET /api/disputes/staff', () => {
  it('lists the active staff by agency, then by name', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/staff', { headers: await asRole('mediator') })
    expect(res.status).toBe(200)
    const body = QiheStaff.parse(await res.json())
    expect(body.staff.map((m) => [m.agency, m.name.en])).toEqual([
      ['police', 'Bai Yun'],
      ['police', 'Qian Hao'],
      ['police', 'Zhao Gang'],
      ['court', 'Sun Li'],
      ['justice_bureau', 'Ma Lan'],
    ])
  })
})

describe('staffSummary RPC', () => {
  it('counts active staff per agency, all arrangements together', async () => {
    expect(await exports.default.staffSummary()).toEqual({ police: 3, procuratorate: 0, court: 1, justice_bureau: 1 })
  })
})
