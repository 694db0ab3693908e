import type { StationRules } from '../config'

export type PresenceRule =
  | 'RULE_PRESENCE_END_BEFORE_START'
  | 'RULE_PRESENCE_FUTURE'
  | 'RULE_PRESENCE_TOO_LONG'
  | 'RULE_PRESENCE_OVERLAP'

/** Times as milliseconds since the epoch. */
export type Stretch = { start: number; end: number }

export type PresenceRefusal = { rule: PresenceRule; message: string; details?: unknown }

const MINUTE_MS = 60_000

/**
 * A time entry is refused when it ends before it starts, ends in the future, lasts longer than
 * the longest entry allowed (24 h), or overlaps any of the officer's own entries (touching ends
 * do not overlap: 09:00–10:00 then 10:00–11:00 is fine).
 */
export function checkPresenceEntry(
  entry: Stretch,
  existing: readonly (Stretch & { id: string })[],
  now: number,
  rules: Pick<StationRules, 'maxEntryHours'>,
): PresenceRefusal | null {
  if (entry.end <= entry.start)
    return { rule: 'RULE_PRESENCE_END_BEFORE_START', message: 'The entry must end after it starts' }
  if (entry.end > now) return { rule: 'RULE_PRESENCE_FUTURE', message: 'Time in the future cannot be logged yet' }
  if (entry.end - entry.start > rules.maxEntryHours * 60 * MINUTE_MS)
    return {
      rule: 'RULE_PRESENCE_TOO_LONG',
      message: `One entry may last at most ${rules.maxEntryHours} hours`,
      details: { maxHours: rules.maxEntryHours },
    }
  const clash = existing.find((other) => entry.start < other.end && other.start < entry.end)
  if (clash)
    return {
      rule: 'RULE_PRESENCE_OVERLAP',
      message: 'The entry overlaps another entry of yours',
      details: { entryId: clash.id },
    }
  return null
}

/** Whole minutes of an entry (a started minute is not counted). */
export const minutesOf = (entry: Stretch) => Math.floor((entry.end - entry.start) / MINUTE_MS)
