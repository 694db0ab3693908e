import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import { boardMember } from '../src/db/schema'

const member = (id: string, nameEn: string, role: 'chair' | 'member', active = true) => ({
  id,
  nameZh: `委员${nameEn}`,
  nameEn,
  role,
  unitZh: '人口管理部门',
  unitEn: 'Population department',
  stationId: null,
  active,
})

/** A small board: one chair, three active members out of name order, one retired member. */
export const board = [
  member('01JD0000000000000000000001', 'Zhou Min', 'member'),
  member('01JD0000000000000000000002', 'Wang Lei', 'chair'),
  member('01JD0000000000000000000003', 'Chen Jie', 'member'),
  member('01JD0000000000000000000004', 'Li Na', 'member'),
  member('01JD0000000000000000000005', 'An Qi', 'member', false),
]

export async function seedBoard() {
  await createDb(env).insert(boardMember).values(board)
}
