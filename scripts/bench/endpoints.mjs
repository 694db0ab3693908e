// The endpoints `pnpm bench` measures: who calls them (a demo account without a second factor,
// so signing in needs no clock-bound code) and whether they are lists whose cost may grow with
// the data (those are measured at both sizes of the scale seed).

const DAY = 86_400_000

/** Monday of last week (Asia/Shanghai): the scale seed's newest complete week. */
export function lastWeekMonday(now = Date.now()) {
  const local = new Date(now + 8 * 3_600_000)
  const day = (local.getUTCDay() + 6) % 7
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - day) - 7 * DAY)
    .toISOString()
    .slice(0, 10)
}

export const ROLES = ['officer', 'mediator', 'auditor']

export const endpoints = () => [
  { id: 'intake', label: 'Public intake submit (POST)', kind: 'intake', method: 'POST', path: '/api/disputes/intake' },
  { id: 'status', label: 'Status look-up', kind: 'status', path: '/api/disputes/status/{secret}' },
  {
    id: 'today',
    label: "Officer's tasks of the day",
    role: 'officer',
    path: '/api/officers/me/today',
    fallback: '/api/officers/me/week',
    list: true,
  },
  {
    id: 'week',
    label: 'Week summary (whole district)',
    role: 'auditor',
    path: `/api/officers/presence/weeks?week=${lastWeekMonday()}`,
    list: true,
  },
  {
    id: 'ledger',
    label: 'Dispute ledger (all, newest first)',
    role: 'mediator',
    path: '/api/disputes/ledger',
    list: true,
  },
  { id: 'board', label: 'Board queue (exemption cases)', role: 'auditor', path: '/api/assessments/exemption-cases' },
  { id: 'figures', label: 'District figures', role: 'auditor', path: '/api/communities/figures' },
]
