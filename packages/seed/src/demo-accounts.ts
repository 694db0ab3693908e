import { ROLES, type Role, SECOND_FACTOR_ROLES } from '@platform/auth'
import { TITLES } from './officers'
import type { Row } from './tables'
import { SEED_TIME } from './ulid'

// Demo accounts, one per role, so every part of the platform can be tried locally. ONLY the
// local seed creates them: the writer puts them into the `--persist-to` state folder that
// `wrangler dev` serves; no migration, deploy or production path knows about them. Everything
// here is public (README), so these accounts must never exist anywhere real.
//
// Each account stands for a seeded record where the seed has one: the officer and team leader
// are officers of 交道口, the board accounts are the board's chair and a member, the mediator is
// a partner agency's mediator at the Qihe Station. The others stand for a unit (station, branch).

/** The one password of every demo account (documented in the README). */
export const DEMO_PASSWORD = 'qihe-demo-2026'

/**
 * The fixed base32 TOTP secrets (160 bits) of the roles that need a second factor, already
 * enrolled. Add one to an authenticator app, or run `pnpm totp demo.<role>`.
 */
export const DEMO_TOTP_SECRETS: Readonly<Record<Role, string | undefined>> = {
  officer: undefined,
  team_leader: undefined,
  station_head: undefined,
  branch_admin: 'SHLT2PYWM6VFBH7LOTANCDCCKDJEWW36',
  board_member: 'HNKIOQF32PGLSJQQNAA7ZHI7UIBCGYE6',
  board_chair: 'JPHA5WSVBTZBKQJFMVEXJWU3LJVDSHI4',
  mediator: undefined,
  auditor: undefined,
}

/** The station whose officers the officer and team-leader accounts are (an article station). */
export const DEMO_STATION_CODE = 'jiaodaokou'

export const demoUsername = (role: Role) => `demo.${role}`

type AccountRow = Row<'identity', 'account'>

/** What a demo account stands for; the account row itself keeps only the officer id. */
export type DemoLink =
  | { kind: 'officer'; id: string }
  | { kind: 'boardMember'; id: string }
  | { kind: 'qiheStaff'; id: string }
  | { kind: 'station'; id: string }
  | { kind: 'branch'; id: string }

/** An account row without its password hash and sealed secret: the writer adds them. */
export type DemoAccount = Omit<AccountRow, 'passwordHash' | 'totpSecretSealed'> & {
  id: string
  username: string
  roles: Role[]
  /** The documented base32 secret for second-factor roles, null for the others. */
  totpSecret: string | null
  linkedTo: DemoLink
}

type Sources = {
  branch: readonly Row<'communities', 'branch'>[]
  station: readonly Row<'communities', 'station'>[]
  officer: readonly Row<'officers', 'officer'>[]
  boardMember: readonly Row<'assessments', 'boardMember'>[]
  qiheStaff: readonly Row<'disputes', 'qiheStaff'>[]
}

type Place = Pick<AccountRow, 'scopeLevel' | 'stationId' | 'teamId' | 'officerId'>
type Person = { nameZh: string; nameEn: string }
type Draft = Place & { displayNameZh: string; displayNameEn: string; linkedTo: DemoLink }

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo accounts: no ${what} in the seed`)
  return value
}

const named = (person: Person) => ({ displayNameZh: person.nameZh, displayNameEn: person.nameEn })

/**
 * The team's leader where the seed models one (a deputy head leads the team, as in 前门);
 * otherwise its first backing (B) officer, who is the nearest thing to a leader there.
 */
function teamLeader(officers: readonly Sources['officer'][number][], teamId: string) {
  const team = officers.filter((o) => o.teamId === teamId)
  return team.find((o) => o.titleZh === TITLES.deputyHead.zh) ?? team.find((o) => !o.dedicated) ?? team[0]
}

function drafts(from: Sources, stationCode: string): Record<Role, Draft> {
  const branch = found(from.branch[0], 'branch')
  const station = found(
    from.station.find((s) => s.code === stationCode),
    `station ${stationCode}`,
  )
  const officer = found(
    from.officer.find((o) => o.stationId === station.id && o.dedicated),
    `dedicated officer in ${station.nameEn}`,
  )
  const teamId = found(officer.teamId ?? undefined, 'team of the demo officer')
  const leader = found(teamLeader(from.officer, teamId), `officer in team ${teamId}`)
  const chair = found(
    from.boardMember.find((m) => m.role === 'chair'),
    'board chair',
  )
  const member = found(
    from.boardMember.find((m) => m.role === 'member' && !m.stationId),
    'board member',
  )
  // A people's mediator of the justice bureau: partner-agency staff, not police.
  const mediator = found(
    from.qiheStaff.find((s) => s.agency === 'justice_bureau' && s.positionZh === '人民调解员'),
    'Qihe Station mediator',
  )
  const atBranch = { scopeLevel: 'branch', stationId: null, teamId: null, officerId: null } as const
  const unit = (zh: string, en: string) => ({
    displayNameZh: `${branch.nameZh}${zh}`,
    displayNameEn: `${en}, ${branch.nameEn}`,
  })
  return {
    officer: {
      ...named(officer),
      scopeLevel: 'own',
      stationId: station.id,
      teamId,
      officerId: officer.id,
      linkedTo: { kind: 'officer', id: officer.id },
    },
    team_leader: {
      ...named(leader),
      scopeLevel: 'team',
      stationId: station.id,
      teamId,
      officerId: leader.id,
      linkedTo: { kind: 'officer', id: leader.id },
    },
    station_head: {
      displayNameZh: `${station.nameZh}所长`,
      displayNameEn: `Head of ${station.nameEn}`,
      scopeLevel: 'station',
      stationId: station.id,
      teamId: null,
      officerId: null,
      linkedTo: { kind: 'station', id: station.id },
    },
    // The branch's population department manages accounts (roles.ts).
    branch_admin: {
      ...unit('人口管理大队', 'Population Management Brigade'),
      ...atBranch,
      linkedTo: { kind: 'branch', id: branch.id },
    },
    board_member: { ...named(member), ...atBranch, linkedTo: { kind: 'boardMember', id: member.id } },
    board_chair: { ...named(chair), ...atBranch, linkedTo: { kind: 'boardMember', id: chair.id } },
    mediator: { ...named(mediator), ...atBranch, linkedTo: { kind: 'qiheStaff', id: mediator.id } },
    // Internal oversight (督察) reads the audit trails.
    auditor: {
      ...unit('督察支队', 'Police Inspection Detachment'),
      ...atBranch,
      linkedTo: { kind: 'branch', id: branch.id },
    },
  }
}

/** One demo account per role, in ROLES order. Pure: the same district gives the same accounts. */
export function generateDemoAccounts(
  newId: () => string,
  from: Sources,
  stationCode: string = DEMO_STATION_CODE,
): DemoAccount[] {
  const byRole = drafts(from, stationCode)
  const seededAt = new Date(SEED_TIME).toISOString()
  return ROLES.map((role) => {
    const totpSecret = DEMO_TOTP_SECRETS[role] ?? null
    if (SECOND_FACTOR_ROLES.includes(role) !== (totpSecret !== null)) {
      throw new Error(
        `demo accounts: ${role} ${totpSecret ? 'has a TOTP secret it does not need' : 'needs a TOTP secret'}`,
      )
    }
    return {
      id: newId(),
      username: demoUsername(role),
      ...byRole[role],
      roles: [role],
      active: true,
      // Demo accounts sign in straight away; a real account gets a one-time password instead.
      mustChangePassword: false,
      totpSecret,
      totpEnrolledAt: totpSecret ? seededAt : null,
      totpLastStep: null,
      createdAt: seededAt,
      updatedAt: seededAt,
    }
  })
}
