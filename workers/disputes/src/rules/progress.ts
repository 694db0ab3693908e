/**
 * A weekly progress entry is missing when a dispute in hand (assigned, not paused) has had none
 * for the period, counted from the last entry or, before the first, from the triage.
 */
export function isProgressDue(
  dispute: { state: string; pausedAt: string | null; triagedAt: string | null },
  lastEntryAt: string | null,
  now: Date,
  everyDays: number,
): boolean {
  if (dispute.state !== 'assigned' || dispute.pausedAt) return false
  const since = lastEntryAt ?? dispute.triagedAt
  if (!since) return false
  return now.getTime() - Date.parse(since) > everyDays * 24 * 60 * 60 * 1000
}
