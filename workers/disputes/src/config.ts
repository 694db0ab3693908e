/**
 * Facts about the Qihe Station (祈和驿站) stated by the article, kept in one place so the
 * public page and any later report read the same value.
 */
export const qiheStation = {
  /** The station opened on 24 July 2025. */
  openedOn: '2025-07-24',
} as const
