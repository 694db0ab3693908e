import { DatabaseSync } from 'node:sqlite'
import { findDatabaseFiles } from '../../packages/seed/src/scale/d1-files'
import type { Acknowledged } from './mixed-load'

// What must hold in the disputes database after a run, read straight from the SQLite file
// wrangler keeps (the runtime stopped): every acknowledged submission exists exactly once, and
// nothing written since the run began is half there — each dispute has its first timeline entry,
// its contact digests' dispute, its intake audit row and its idempotency record, and no timeline
// entry, digest or intake audit row points at a dispute that is missing.

export type Invariants = {
  acknowledged: number
  acknowledgedMissing: string[]
  acknowledgedTwice: string[]
  disputesSinceStart: number
  withoutReceivedEvent: number
  withoutIntakeAudit: number
  orphanEvents: number
  orphanContacts: number
  orphanIntakeAudits: number
  idempotencyRecordsSinceStart: number
}

export function checkDisputes(stateDir: string, since: string, acknowledged: Acknowledged[]): Invariants {
  // Not read-only: after a stopped or killed runtime, opening may have to recover the WAL.
  const db = new DatabaseSync(findDatabaseFiles(stateDir).disputes)
  try {
    db.exec('PRAGMA busy_timeout = 10000')
    const one = (sql: string, ...params: string[]) =>
      Number((db.prepare(sql).get(...params) as { n: number } | undefined)?.n ?? 0)
    const countOf = db.prepare('select count(*) as n from dispute where reference = ?')
    const missing: string[] = []
    const twice: string[] = []
    for (const { reference } of acknowledged) {
      const n = Number((countOf.get(reference) as { n: number }).n)
      if (n === 0) missing.push(reference)
      if (n > 1) twice.push(reference)
    }
    return {
      acknowledged: acknowledged.length,
      acknowledgedMissing: missing,
      acknowledgedTwice: twice,
      disputesSinceStart: one('select count(*) as n from dispute where received_at >= ?', since),
      withoutReceivedEvent: one(
        `select count(*) as n from dispute d where d.received_at >= ?
           and not exists (select 1 from dispute_event e where e.dispute_id = d.id and e.kind = 'received')`,
        since,
      ),
      withoutIntakeAudit: one(
        `select count(*) as n from dispute d where d.received_at >= ?
           and not exists (select 1 from audit_log a where a.entity = 'dispute' and a.entity_id = d.id)`,
        since,
      ),
      orphanEvents: one(
        'select count(*) as n from dispute_event e where not exists (select 1 from dispute d where d.id = e.dispute_id)',
      ),
      orphanContacts: one(
        'select count(*) as n from dispute_contact c where not exists (select 1 from dispute d where d.id = c.dispute_id)',
      ),
      orphanIntakeAudits: one(
        `select count(*) as n from audit_log a where a.action = 'dispute.intake'
           and not exists (select 1 from dispute d where d.id = a.entity_id)`,
      ),
      idempotencyRecordsSinceStart: one('select count(*) as n from idempotent_request where created_at >= ?', since),
    }
  } finally {
    db.close()
  }
}
