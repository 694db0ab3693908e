import { DisputeCategory, type PublicDisputeFigures } from '@platform/contracts'
import { gte } from 'drizzle-orm'
import { PUBLIC_FIGURES } from '../config'
import type { Db } from '../db'
import { dispute } from '../db/schema'
import { lastMonths, localMonth, suppressSmall } from '../rules/public-figures'

/** Disputes per month and kind over the last months, small cells suppressed. */
export async function publicFigures(db: Db, now = new Date()): Promise<PublicDisputeFigures> {
  const months = lastMonths(now, PUBLIC_FIGURES.months)
  // From a day before the first month's start in UTC: the Beijing month is cut in code below.
  const since = new Date(Date.parse(`${months[0]}-01T00:00:00.000Z`) - 24 * 3_600_000).toISOString()
  const rows = await db
    .select({ category: dispute.category, communityId: dispute.communityId, receivedAt: dispute.receivedAt })
    .from(dispute)
    .where(gte(dispute.receivedAt, since))
  const counts = new Map<string, number>()
  const byCommunity = new Map<string, number>()
  for (const row of rows) {
    if (!months.includes(localMonth(row.receivedAt))) continue
    const key = `${localMonth(row.receivedAt)}|${row.category}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
    byCommunity.set(row.communityId, (byCommunity.get(row.communityId) ?? 0) + 1)
  }
  return {
    minimumCell: PUBLIC_FIGURES.minimumCell,
    months: months.map((month) => ({
      month,
      categories: DisputeCategory.options.map((category) => ({
        category,
        count: suppressSmall(counts.get(`${month}|${category}`) ?? 0, PUBLIC_FIGURES.minimumCell),
      })),
    })),
    // Only communities with disputes are listed; the page names the others with none.
    communities: [...byCommunity.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([communityId, count]) => ({ communityId, count: suppressSmall(count, PUBLIC_FIGURES.minimumCell) })),
  }
}
