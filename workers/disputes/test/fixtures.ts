import { env } from 'cloudflare:workers'
import type { Agency } from '@platform/contracts'
import { createDb } from '../src/db'
import { qiheStaff } from '../src/db/schema'

type Arrangement = 'resident' | 'rotating' | 'on_call'
let serial = 0
const person = (nameEn: string, agency: Agency, arrangement: Arrangement, active = true) => {
  serial += 1
  return {
    id: `01JD00000000000000000000${String(serial).padStart(2, '0')}`,
    nameZh: `工作人员${nameEn}`,
    nameEn,
    agency,
    arrangement,
    positionZh: '调解员',
    positionEn: 'Mediator',
    active,
  }
}

/**
 * A small station: police 2 resident + 1 on call, court 1 rotating, justice bureau 1 resident,
 * the procuratorate nobody; one police officer who left is inactive.
 */
export const staff = [
  person('Zhao Gang', 'police', 'resident'),
  person('Bai Yun', 'police', 'resident'),
  person('Qian Hao', 'police', 'on_call'),
  person('Sun Li', 'court', 'rotating'),
  person('Ma Lan', 'justice_bureau', 'resident'),
  person('Old Hand', 'police', 'resident', false),
]

export async function seedStaff() {
  await createDb(env).insert(qiheStaff).values(staff)
}
