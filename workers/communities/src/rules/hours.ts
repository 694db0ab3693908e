import type { OfficerHoursRow } from '@platform/contracts'

// Officers' time in the community over a period ("six musts": ≥ 90 % of working time in the
// community; the article: 6 h → 36 h a week), from the officers worker's rows.

export function hoursFigures(rows: readonly OfficerHoursRow[], days: number, weeklyTarget: number) {
  const dedicated = rows.filter((r) => r.dedicated)
  const sum = (list: readonly OfficerHoursRow[], pick: (r: OfficerHoursRow) => number) =>
    list.reduce((total, r) => total + pick(r), 0)
  const communityHours = sum(rows, (r) => r.communityHours)
  const awayHours = sum(rows, (r) => r.awayHours)
  const weeks = days / 7
  return {
    available: true as const,
    officers: rows.length,
    dedicatedOfficers: dedicated.length,
    communityHours,
    awayHours,
    weeklyPerDedicatedOfficer:
      dedicated.length > 0 && weeks > 0 ? sum(dedicated, (r) => r.communityHours) / dedicated.length / weeks : null,
    weeklyTarget,
    communityShare: communityHours + awayHours > 0 ? communityHours / (communityHours + awayHours) : null,
  }
}
