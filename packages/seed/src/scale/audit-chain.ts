import { createHash } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'
import { canonicalJson, GENESIS_HASH } from '../../../server-kit/src/audit/hash'
import type { AuditRow } from '../../../server-kit/src/audit/table'

// Audit rows for generated records, chained exactly as writeWithAudit chains them
// (packages/server-kit/src/audit), so /audit/verify holds on a scale-seeded database too.
// Node's synchronous SHA-256 instead of WebCrypto: the same digest, without an await per row.

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex')

export type AuditDraft = Omit<AuditRow, 'seq' | 'prevHash' | 'hash' | 'beforeHash' | 'afterHash'> & {
  before?: unknown
  after?: unknown
}

/** Continues the chain from the database's last audit row. */
export function auditChain(db: DatabaseSync) {
  const tail = db.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as
    | { seq: number; hash: string }
    | undefined
  let seq = tail?.seq ?? 0
  let prevHash = tail?.hash ?? GENESIS_HASH
  return (draft: AuditDraft): AuditRow => {
    const { before, after, ...entry } = draft
    const row = {
      seq: ++seq,
      ...entry,
      beforeHash: before == null ? null : sha256Hex(canonicalJson(before)),
      afterHash: after == null ? null : sha256Hex(canonicalJson(after)),
      prevHash,
    }
    const { prevHash: previous, ...fields } = row
    const hash = sha256Hex(`${previous}|${canonicalJson(fields)}`)
    prevHash = hash
    return { ...row, hash }
  }
}
