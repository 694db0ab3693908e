import { describe, expect, it } from 'vitest'
import { checkDestination, planTransferMoves } from '../src/rules/transfer-moves'

const north = 'S-north'
const south = 'S-south'
const a = { groupId: 'P1', role: 'A' as const }
const b = { groupId: 'P1', role: 'B' as const }
const other = { groupId: 'P2', role: 'B' as const }

describe('what a completed transfer moves besides the grids', () => {
  it.each([
    {
      why: 'the A leaves; the B of the same group becomes the A',
      input: {
        kind: 'transfer',
        leaving: { id: 'E1', stationId: north, membership: a },
        replacement: { id: 'E2', membership: b },
        toStationId: null,
      },
      plan: { leaveGroup: ['E1'], joinGroup: { officerId: 'E2', ...a }, moveTo: null },
    },
    {
      why: 'the replacement leaves its own group for the leaving officer’s place',
      input: {
        kind: 'replacement',
        leaving: { id: 'E1', stationId: north, membership: a },
        replacement: { id: 'E3', membership: other },
        toStationId: null,
      },
      plan: { leaveGroup: ['E1'], joinGroup: { officerId: 'E3', ...a }, moveTo: null },
    },
    {
      why: 'a B leaves: the replacement becomes a B',
      input: {
        kind: 'transfer',
        leaving: { id: 'E2', stationId: north, membership: b },
        replacement: { id: 'E5', membership: null },
        toStationId: null,
      },
      plan: { leaveGroup: ['E2'], joinGroup: { officerId: 'E5', ...b }, moveTo: null },
    },
    {
      why: 'an officer in no group: no group changes',
      input: {
        kind: 'transfer',
        leaving: { id: 'E4', stationId: north, membership: null },
        replacement: { id: 'E5', membership: null },
        toStationId: null,
      },
      plan: { leaveGroup: [], joinGroup: null, moveTo: null },
    },
    {
      why: 'no replacement: the officer leaves the group, nobody joins',
      input: {
        kind: 'transfer',
        leaving: { id: 'E2', stationId: north, membership: b },
        replacement: null,
        toStationId: null,
      },
      plan: { leaveGroup: ['E2'], joinGroup: null, moveTo: null },
    },
    {
      why: 'a transfer to another station moves the officer there without a team',
      input: {
        kind: 'transfer',
        leaving: { id: 'E1', stationId: north, membership: a },
        replacement: { id: 'E2', membership: b },
        toStationId: south,
      },
      plan: { leaveGroup: ['E1'], joinGroup: { officerId: 'E2', ...a }, moveTo: { stationId: south, teamId: null } },
    },
    {
      why: 'a replacement never moves the station',
      input: {
        kind: 'replacement',
        leaving: { id: 'E1', stationId: north, membership: null },
        replacement: null,
        toStationId: south,
      },
      plan: { leaveGroup: [], joinGroup: null, moveTo: null },
    },
  ] as const)('$why', ({ input, plan }) => {
    expect(planTransferMoves(input)).toEqual(plan)
  })
})

describe('the destination of a transfer', () => {
  it.each([
    { kind: 'transfer', to: undefined, rule: null },
    { kind: 'transfer', to: south, rule: null },
    { kind: 'transfer', to: north, rule: 'RULE_TRANSFER_DESTINATION' },
    { kind: 'replacement', to: south, rule: 'RULE_TRANSFER_DESTINATION' },
    { kind: 'replacement', to: undefined, rule: null },
  ] as const)('$kind to $to → $rule', ({ kind, to, rule }) => {
    expect(checkDestination(kind, north, to)?.rule ?? null).toBe(rule)
  })
})
