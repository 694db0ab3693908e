import type { PresenceActivity } from '@platform/contracts'

/** What an officer can log, in the order the forms offer it. */
export const ACTIVITIES: PresenceActivity[] = [
  'household_visit',
  'registration',
  'outreach',
  'dispute_work',
  'community_patrol',
  'meeting',
  'key_unit_check',
  'other',
]
