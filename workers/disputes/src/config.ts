/**
 * Facts and figures of the Qihe Station (祈和驿站), kept in one place so the public page, the
 * rules and any later report read the same value. Deadlines are the tiers; a station
 * that sets other ones changes them here, never in a rule.
 */
export const qiheStation = {
  /** The station opened on 24 July 2025. */
  openedOn: '2025-07-24',
  /** How the citizen sees the station as the holder of a dispute not yet triaged. */
  name: { zh: '祈和驿站', en: 'Qihe Station' },
} as const

/** Handling deadlines (first contact, simple, complex, referral hand-over). */
export const disputeDeadlines = {
  /** A dispute is answered (triaged: someone takes it and contacts the citizen) within 72 hours. */
  firstContactHours: 72,
  /** A simple police dispute is settled within 7 days of triage. */
  simpleDays: 7,
  /** A complex one, raised to the team leader, within 20 days. */
  complexDays: 20,
  /** A referral is handed over to the receiving body within 1 working day. */
  referralWorkingDays: 1,
} as const
export type DisputeDeadlines = typeof disputeDeadlines

/** Team leaders are warned this long before a deadline passes (the "due soon" list). */
export const WARN_HOURS_BEFORE_DUE = 24

/** Working days and calendar days are counted in Beijing time (architecture.md, "Time"). */
export const LOCAL_UTC_OFFSET_HOURS = 8

/** A status link keeps working this long after the dispute is closed, then answers 404. */
export const STATUS_LINK_DAYS_AFTER_CLOSE = 180

/** Entries the ledger answers at most at once (newest first). */
export const LEDGER_PAGE_SIZE = 200

/** A new dispute is flagged when it shares a phone or the address with an open one of this many days. */
export const DUPLICATE_WINDOW_DAYS = 30

/** Public figures: a count under this is shown as suppressed; this many months are shown. */
export const PUBLIC_FIGURES = { minimumCell: 5, months: 12 } as const

/**
 * Protection (防护), the third step: a return visit this many days after an agreement (the
 * article names the step, not the day: a station may set its own), and a closed dispute may be
 * reopened within this many days.
 */
export const FOLLOW_UP = { returnVisitDays: 14, reopenWithinDays: 30 } as const

/** The responsible officer writes a progress entry at least this often while a dispute is in hand. */
export const PROGRESS_EVERY_DAYS = 7

/** Survey answers the assessments worker has not taken yet are retried by the cron, this many at a time. */
export const SURVEY_OUTBOX = { batch: 50 } as const

/**
 * Learning from types (一案一类): a community × kind is "recurring" from this many disputes in the
 * window; at most this many repeat groups are listed, largest first.
 */
export const INSIGHTS = { recurringMinimum: 3, maxGroups: 20 } as const
