import { asc, gt } from 'drizzle-orm'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import { GENESIS_HASH, rowHash } from './hash'
import { sealAuditChain } from './seal'
import { auditLog } from './table'

export type ChainReport = {
  ok: boolean
  rows: number
  firstBroken: { seq: number; reason: 'hash_mismatch' | 'chain_break' | 'gap' } | null
}

const PAGE = 500

/**
 * Recomputes the chain from the first row. Names the first row whose content no longer matches
 * its hash, whose link to the previous row is broken, or that follows a removed row. Rows still
 * awaiting their hashes (a writer stopped between its append and its seal) are sealed first, as
 * the next writer would; an unsealed row before a sealed one cannot happen and shows as a break.
 */
// biome-ignore lint/suspicious/noExplicitAny: works with any worker's schema
export async function verifyAuditChain(db: DrizzleD1Database<any>): Promise<ChainReport> {
  await sealAuditChain(db)
  let previousHash = GENESIS_HASH
  let previousSeq = 0
  let rows = 0
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, previousSeq))
      .orderBy(asc(auditLog.seq))
      .limit(PAGE)
    for (const row of page) {
      rows++
      if (row.seq !== previousSeq + 1) return { ok: false, rows, firstBroken: { seq: row.seq, reason: 'gap' } }
      if (row.prevHash !== previousHash)
        return { ok: false, rows, firstBroken: { seq: row.seq, reason: 'chain_break' } }
      const { hash, ...rest } = row
      if ((await rowHash(rest)) !== hash)
        return { ok: false, rows, firstBroken: { seq: row.seq, reason: 'hash_mismatch' } }
      previousHash = hash
      previousSeq = row.seq
    }
    if (page.length < PAGE) return { ok: true, rows, firstBroken: null }
  }
}
