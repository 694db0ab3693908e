import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { base32Decode, MIN_PASSWORD_LENGTH, ROLES, type Role, SECOND_FACTOR_ROLES } from '@platform/auth'
import { describe, expect, it } from 'vitest'
import { BOARD_DEMO_TOTP_SECRETS, DEMO_PASSWORD, DEMO_TOTP_SECRETS, type DemoAccount, generateDistrict } from '../src'
import { generateDemoAccounts } from '../src/demo-accounts'
import { createRng } from '../src/prng'
import { createUlid } from '../src/ulid'
import { assessments, communities, disputes, identity, officerById, officers, stationByName } from './district'

const accounts = identity.account

function accountOf(role: Role): DemoAccount {
  const account = accounts.find((a) => a.username === `demo.${role}`)
  if (!account) throw new Error(`no demo account for ${role}`)
  return account
}

function linkedOfficer(account: DemoAccount) {
  expect(account.linkedTo.kind).toBe('officer')
  const officer = officerById.get(account.officerId as string)
  if (!officer) throw new Error(`${account.username}: officer ${account.officerId} is not seeded`)
  expect(account.linkedTo.id).toBe(officer.id)
  return officer
}

const jiaodaokou = stationByName('交道口')

describe('one demo account per role', () => {
  it('has exactly one account named demo.<role> for every role, and besides only the other board members', () => {
    expect(accounts).toHaveLength(ROLES.length + Object.keys(BOARD_DEMO_TOTP_SECRETS).length)
    for (const extra of accounts.slice(ROLES.length)) {
      expect(extra.roles).toEqual(['board_member'])
      expect(extra.username).toMatch(/^demo\.board_member\d$/)
    }
    for (const role of ROLES) {
      const holders = accounts.filter((a) => a.username === `demo.${role}`)
      expect(holders, role).toHaveLength(1)
      expect(holders[0]?.username).toBe(`demo.${role}`)
      expect(holders[0]?.roles).toEqual([role])
    }
  })

  it('gives every account a unique id and username, active, with no forced password change', () => {
    expect(new Set(accounts.map((a) => a.id)).size).toBe(accounts.length)
    expect(new Set(accounts.map((a) => a.username)).size).toBe(accounts.length)
    for (const a of accounts) {
      expect(a.active).toBe(true)
      expect(a.mustChangePassword).toBe(false)
    }
  })

  it('is the same on every run (ids, links, names)', () => {
    expect(generateDistrict().identity).toEqual(identity)
  })
})

describe('demo accounts stand for seeded records', () => {
  it('demo.officer is a dedicated officer of 交道口, scoped to their own records', () => {
    const account = accountOf('officer')
    const officer = linkedOfficer(account)
    expect(officer.stationId).toBe(jiaodaokou.id)
    expect(officer.dedicated).toBe(true)
    expect(account).toMatchObject({
      scopeLevel: 'own',
      officerId: officer.id,
      teamId: officer.teamId,
      stationId: jiaodaokou.id,
      displayNameZh: officer.nameZh,
      displayNameEn: officer.nameEn,
    })
  })

  it('demo.team_leader is another officer of the same team, scoped to that team', () => {
    const officer = linkedOfficer(accountOf('officer'))
    const account = accountOf('team_leader')
    const leader = linkedOfficer(account)
    expect(leader.id).not.toBe(officer.id)
    expect(leader.teamId).toBe(officer.teamId)
    expect(officers.team.find((t) => t.id === account.teamId)?.stationId).toBe(jiaodaokou.id)
    expect(account).toMatchObject({
      scopeLevel: 'team',
      teamId: officer.teamId,
      stationId: jiaodaokou.id,
      displayNameZh: leader.nameZh,
    })
  })

  it('where the seed models team leaders (前门), the team leader account is the deputy head leading the team', () => {
    const district = generateDistrict()
    const accounts = generateDemoAccounts(
      createUlid(createRng('test')),
      { ...district.communities, ...district.officers, ...district.assessments, ...district.disputes },
      'qianmen',
    )
    const leader = officerById.get(accounts.find((a) => a.username === 'demo.team_leader')?.officerId as string)
    expect(leader?.stationId).toBe(stationByName('前门').id)
    expect(leader?.titleZh).toMatch(/^副所长/)
  })

  it('demo.station_head reaches the whole of 交道口 station', () => {
    const account = accountOf('station_head')
    expect(account).toMatchObject({ scopeLevel: 'station', stationId: jiaodaokou.id, teamId: null, officerId: null })
    expect(account.linkedTo).toEqual({ kind: 'station', id: jiaodaokou.id })
    expect(account.displayNameZh).toBe('交道口派出所所长')
  })

  it('the branch admin, auditor, board and mediator accounts reach the whole branch', () => {
    for (const role of ['branch_admin', 'auditor', 'board_member', 'board_chair', 'mediator'] as const) {
      expect(accountOf(role), role).toMatchObject({
        scopeLevel: 'branch',
        stationId: null,
        teamId: null,
        officerId: null,
      })
    }
    expect(accountOf('branch_admin').linkedTo).toEqual({ kind: 'branch', id: communities.branch[0]?.id })
    expect(accountOf('auditor').linkedTo).toEqual({ kind: 'branch', id: communities.branch[0]?.id })
  })

  it('demo.board_chair and demo.board_member are the seeded board’s chair and a member, by name', () => {
    for (const [role, seat] of [
      ['board_chair', 'chair'],
      ['board_member', 'member'],
    ] as const) {
      const account = accountOf(role)
      expect(account.linkedTo.kind).toBe('boardMember')
      const member = assessments.boardMember.find((m) => m.id === account.linkedTo.id)
      expect(member?.role, role).toBe(seat)
      expect(account.displayNameZh).toBe(member?.nameZh)
      expect(account.displayNameEn).toBe(member?.nameEn)
    }
  })

  it('demo.mediator is a partner agency’s mediator at the Qihe Station, not police', () => {
    const account = accountOf('mediator')
    expect(account.linkedTo.kind).toBe('qiheStaff')
    const staff = disputes.qiheStaff.find((s) => s.id === account.linkedTo.id)
    expect(staff?.agency).toBe('justice_bureau')
    expect(staff?.positionZh).toBe('人民调解员')
    expect(account.displayNameZh).toBe(staff?.nameZh)
  })
})

describe('credentials of the demo accounts', () => {
  it('share one documented password that meets the minimum length', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH)
  })

  it('give the second-factor roles a distinct 160-bit TOTP secret, already enrolled, and the others none', () => {
    for (const account of accounts) {
      const role = account.roles[0] as Role
      if (SECOND_FACTOR_ROLES.includes(role)) {
        expect(account.totpSecret, role).toBe(BOARD_DEMO_TOTP_SECRETS[account.username] ?? DEMO_TOTP_SECRETS[role])
        expect(base32Decode(account.totpSecret as string)).toHaveLength(20)
        expect(account.totpEnrolledAt, role).not.toBeNull()
      } else {
        expect(account.totpSecret, role).toBeNull()
        expect(account.totpEnrolledAt, role).toBeNull()
      }
    }
    const secrets = accounts.flatMap((a) => (a.totpSecret ? [a.totpSecret] : []))
    expect(secrets).toHaveLength(SECOND_FACTOR_ROLES.length + Object.keys(BOARD_DEMO_TOTP_SECRETS).length)
    expect(new Set(secrets).size).toBe(secrets.length)
  })
})

describe('the README documents the demo accounts', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Demo accounts (local only)'))

  it('with the password, every username, every TOTP secret and the totp helper', () => {
    expect(section).toContain(`\`${DEMO_PASSWORD}\``)
    for (const account of accounts) {
      expect(section).toContain(`\`${account.username}\``)
      if (account.totpSecret) expect(section).toContain(`\`${account.totpSecret}\``)
    }
    expect(section).toContain('pnpm totp demo.board_chair')
  })

  it('with the names of the people the accounts stand for', () => {
    for (const role of ['officer', 'team_leader', 'board_member', 'board_chair', 'mediator'] as const) {
      expect(section).toContain(`${accountOf(role).displayNameZh} ${accountOf(role).displayNameEn}`)
    }
  })
})
