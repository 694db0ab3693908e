import { describe, expect, it } from 'vitest'
import { ACTIONS, allowedLevel, can, covers, effectiveScope, PERMISSIONS, ROLES, type Role, type Scope } from '../src'

const station = { level: 'station', stationId: 'S1' } as const satisfies Scope
const officerScope = { level: 'own', stationId: 'S1', teamId: 'T1', officerId: 'O1' } as const satisfies Scope

describe('the permission matrix', () => {
  it('names only known roles', () => {
    for (const action of ACTIONS) {
      for (const role of Object.keys(PERMISSIONS[action])) expect(ROLES).toContain(role)
    }
  })

  it.each<[Role[], (typeof ACTIONS)[number], boolean]>([
    [['officer'], 'roster.read', true],
    [['officer'], 'account.manage', false],
    [['officer'], 'audit.verify', false],
    [['auditor'], 'audit.verify', true],
    [['branch_admin'], 'audit.verify', false],
    [['branch_admin'], 'account.manage', true],
    [['mediator'], 'roster.read', false],
    [['mediator'], 'dispute.routing.read', true],
    [['board_member'], 'qihe.staff.read', false],
    [[], 'roster.read', false],
  ])('%j may %s: %s', (roles, action, expected) => {
    expect(can(roles, action)).toBe(expected)
  })

  it('takes the widest level any of several roles grants', () => {
    expect(allowedLevel(['officer', 'auditor'], 'roster.read')).toBe('branch')
  })
})

describe('effective scope', () => {
  it('cuts the matrix level down to the account scope', () => {
    expect(effectiveScope({ roles: ['station_head'], scope: station }, 'roster.read')).toEqual(station)
    expect(effectiveScope({ roles: ['branch_admin'], scope: { level: 'branch' } }, 'roster.read')).toEqual({
      level: 'branch',
    })
  })

  it('lets an officer read the own station roster but not beyond it', () => {
    expect(effectiveScope({ roles: ['officer'], scope: officerScope }, 'roster.read')).toEqual({
      level: 'own',
      stationId: 'S1',
      teamId: 'T1',
      officerId: 'O1',
    })
    expect(effectiveScope({ roles: ['officer'], scope: officerScope }, 'account.self')?.level).toBe('own')
  })

  it('is null when the action is denied', () => {
    expect(effectiveScope({ roles: ['officer'], scope: officerScope }, 'account.manage')).toBeNull()
  })
})

describe('scope coverage', () => {
  it.each<[Scope, { stationId?: string; teamId?: string; officerId?: string }, boolean]>([
    [{ level: 'branch' }, { stationId: 'S9' }, true],
    [station, { stationId: 'S1' }, true],
    [station, { stationId: 'S2' }, false],
    [{ level: 'team', stationId: 'S1', teamId: 'T1' }, { stationId: 'S1', teamId: 'T2' }, false],
    [officerScope, { officerId: 'O1' }, true],
    [officerScope, { officerId: 'O2', stationId: 'S1' }, false],
    [{ level: 'station' }, { stationId: undefined }, false],
  ])('%j covers %j: %s', (scope, place, expected) => {
    expect(covers(scope, place)).toBe(expected)
  })
})
