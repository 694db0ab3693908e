import type { Group, Roster, RosterOfficer } from '@platform/contracts'

/** Lookups the roster screen needs: the API sends ids, people read names. */
export function indexRoster(roster: Roster) {
  const officers = new Map(roster.officers.map((officer) => [officer.id, officer]))
  const teams = new Map(roster.teams.map((team) => [team.id, team]))
  const groups = new Map(roster.groups.map((group) => [group.id, group]))
  return { officers, teams, groups }
}

/** The A role (the grid's responsible officer) first, then the Bs who back them up. */
export function membersInRoleOrder(group: Group, officers: Map<string, RosterOfficer>) {
  return [...group.members]
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'A' ? -1 : 1))
    .flatMap((member) => {
      const officer = officers.get(member.officerId)
      return officer ? [{ officer, role: member.role }] : []
    })
}

export function officersOfTeam(roster: Roster, teamId: string): RosterOfficer[] {
  return roster.officers.filter((officer) => officer.teamId === teamId)
}

/** Age this calendar year: the roster stores only the birth year. */
export function ageOf(officer: RosterOfficer, today = new Date()): number {
  return today.getFullYear() - officer.birthYear
}
