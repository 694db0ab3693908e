import { env } from 'cloudflare:workers'
import type { Role } from '@platform/auth'
import type { FileExemptionCase } from '@platform/contracts'
import { asActor } from '@platform/testing'
import { createDb } from '../src/db'
import { boardMember, deduction, scorecard, scoreItem, scoreSheet } from '../src/db/schema'

// Two stations; officers E1–E3 in S1 (E1 in team T1), E9 in S2. A board of a chair and three
// members, one of them serving in S1 (conflicted on every S1 case), and a retired member.

export const S1 = '01JD00000000000000000000S1'
export const S2 = '01JD00000000000000000000S2'
export const T1 = '01JD00000000000000000000T1'
export const E1 = '01JD00000000000000000000E1'
export const E2 = '01JD00000000000000000000E2'
export const E3 = '01JD00000000000000000000E3'
export const E9 = '01JD00000000000000000000E9'
export const QUARTER = '2024-Q3'

export const CHAIR = '01JD0000000000000000000C01'
export const M1 = '01JD0000000000000000000M01'
export const M2 = '01JD0000000000000000000M02'
export const M_S1 = '01JD0000000000000000000M05'
export const M_RETIRED = '01JD0000000000000000000M06'

const member = (
  id: string,
  nameEn: string,
  role: 'chair' | 'member',
  extra: { stationId?: string; active?: boolean },
) => ({
  id,
  nameZh: `委员${nameEn}`,
  nameEn,
  role,
  unitZh: '人口管理部门',
  unitEn: 'Population department',
  stationId: extra.stationId ?? null,
  active: extra.active ?? true,
  accountId: `account-${id}`,
})

const ASPECTS = ['A', 'B', 'C', 'D', 'E']

const card = (stationId: string, n: string) => ({
  id: `01JD000000000000000000SC${n}`,
  stationId,
  nameZh: '社区民警考核表',
  nameEn: 'Community officer scorecard',
  totalPoints: 100,
})

/** 5 aspects × 3 items, as the article's station: item B2 takes up to 5 points, the others up to 10. */
const items = (scorecardId: string, n: string) =>
  ASPECTS.flatMap((aspect, a) =>
    [1, 2, 3].map((k) => ({
      id: `01JD0000000000000000SI${n}${a}${k}`,
      scorecardId,
      aspect,
      code: `${aspect}${k}`,
      nameZh: `考核项${aspect}${k}`,
      nameEn: `Item ${aspect}${k}`,
      maxPoints: aspect === 'B' && k === 2 ? 5 : 10,
    })),
  )

const sheet = (officerId: string, stationId: string) => ({ officerId, stationId, quarter: QUARTER, basePoints: 100 })
const deducted = (id: string, officerId: string, stationId: string, itemCode: string, points: number) => ({
  id: `01JD0000000000000000000D${id}`,
  officerId,
  stationId,
  quarter: QUARTER,
  itemCode,
  points,
  reason: 'Rater reason',
  recordedAt: '2024-08-20T02:00:00.000Z',
})

/** Five more branch members (M3–M7): a board large enough to leave members for an appeal. */
export const MORE_MEMBERS = ['03', '04', '07', '08', '09'].map((n) => `01JD0000000000000000000M${n}`)

/** E1 94 (B2 −4, C1 −2), E2 97 (A1 −3), E3 100 in S1; E9 95 in S2. */
export async function seedCaseWorld(options: { largeBoard?: boolean } = {}) {
  const db = createDb(env)
  if (options.largeBoard)
    await db.insert(boardMember).values(MORE_MEMBERS.map((id, i) => member(id, `Member ${i + 3}`, 'member', {})))
  await db.batch([
    db
      .insert(boardMember)
      .values([
        member(CHAIR, 'Wang Lei', 'chair', {}),
        member(M1, 'Chen Jie', 'member', {}),
        member(M2, 'Li Na', 'member', {}),
        member(M_S1, 'Zhou Min', 'member', { stationId: S1 }),
        member(M_RETIRED, 'An Qi', 'member', { active: false }),
      ]),
    db.insert(scorecard).values([card(S1, '1'), card(S2, '2')]),
    // D1 binds at most 100 parameters per statement: a scorecard's 15 items go in two.
    db.insert(scoreItem).values(items(card(S1, '1').id, '1').slice(0, 8)),
    db.insert(scoreItem).values(items(card(S1, '1').id, '1').slice(8)),
    db.insert(scoreItem).values(items(card(S2, '2').id, '2').slice(0, 8)),
    db.insert(scoreItem).values(items(card(S2, '2').id, '2').slice(8)),
    db.insert(scoreSheet).values([sheet(E1, S1), sheet(E2, S1), sheet(E3, S1), sheet(E9, S2)]),
    db
      .insert(deduction)
      .values([
        deducted('1', E1, S1, 'B2', 4),
        deducted('2', E1, S1, 'C1', 2),
        deducted('3', E2, S1, 'A1', 3),
        deducted('4', E9, S2, 'A1', 5),
      ]),
  ])
}

/** Headers of a board account linked to a member (board_member.account_id). */
export const asMember = (memberId: string, role: Role = memberId === CHAIR ? 'board_chair' : 'board_member') =>
  asActor({ userId: `account-${memberId}`, username: `board.${memberId}`, roles: [role], scope: { level: 'branch' } })

export const place = { stationId: S1, teamId: T1, officerId: E1 }

export const aCase = (overrides: Partial<FileExemptionCase> = {}): FileExemptionCase => ({
  officerId: E1,
  happenedOn: '2024-08-14',
  duty: 'Night visit to a rental courtyard',
  facts: 'A storm cut the road; the registration round could not be finished that week.',
  criteria: {
    lawfulDuty: 'Assigned visit on the task list of the week',
    accidentOrForceMajeure: 'Red rainstorm warning issued by the city',
    noSeriousConsequence: 'Registration completed the following Monday; no incident',
  },
  deductions: [
    { itemCode: 'B2', points: 4 },
    { itemCode: 'C1', points: 2 },
  ],
  ...overrides,
})
