import { AuditChainReport } from '@platform/contracts'
import { writeWithAudit } from '@platform/server-kit/audit'
import { drizzle } from 'drizzle-orm/d1'
import { describe, expect, it } from 'vitest'
import { asRole } from './actors'
import type { Fetch } from './route-access'

export type AuditChainOptions = {
  /** The worker's name, as in `/api/<worker>/audit/verify`. */
  worker: string
  /** The worker under test (`exports.default.fetch`). */
  fetch: Fetch
  /** The worker's database (`env.DB`); the test file must have it to itself (it drops triggers). */
  db: D1Database
}

/**
 * The audit trail of a worker: rows appended with writeWithAudit verify; the table refuses
 * changes and removals; and once the guard triggers are dropped, a changed row and the row after
 * a removed one are named by `GET /api/<worker>/audit/verify`. Rows are appended here directly
 * (the workers have no state-changing route yet), never through a production route.
 */
export function describeAuditChain(options: AuditChainOptions) {
  const db = drizzle(options.db)
  const verify = async () => {
    const response = await options.fetch(
      new Request(`http://${options.worker}/api/${options.worker}/audit/verify`, { headers: await asRole('auditor') }),
    )
    expect(response.status).toBe(200)
    return AuditChainReport.parse(await response.json())
  }
  const append = (n: number) =>
    writeWithAudit(db, [], {
      actorId: 'test-officer',
      action: 'test.change',
      entity: 'test_record',
      entityId: `record-${n}`,
      requestId: `request-${n}`,
      before: { n },
      after: { n: n + 1 },
    })

  describe(`the audit chain of ${options.worker}`, () => {
    it('verifies an empty trail', async () => {
      expect(await verify()).toEqual({ ok: true, rows: 0, firstBroken: null })
    })

    it('verifies rows appended one after the other', async () => {
      for (const n of [1, 2, 3, 4]) await append(n)
      expect(await verify()).toEqual({ ok: true, rows: 4, firstBroken: null })
    })

    it('refuses to change or remove a row (append-only)', async () => {
      await expect(options.db.prepare("UPDATE audit_log SET action = 'x' WHERE seq = 2").run()).rejects.toThrow(
        /append-only/,
      )
      await expect(options.db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).rejects.toThrow(/append-only/)
    })

    it('names the row whose content was changed behind the guard', async () => {
      await options.db.exec('DROP TRIGGER audit_log_no_update')
      await options.db.prepare("UPDATE audit_log SET entity_id = 'someone-else' WHERE seq = 2").run()
      expect(await verify()).toEqual({ ok: false, rows: 2, firstBroken: { seq: 2, reason: 'hash_mismatch' } })
      await options.db.prepare("UPDATE audit_log SET entity_id = 'record-2' WHERE seq = 2").run()
      expect(await verify()).toMatchObject({ ok: true, rows: 4 })
    })

    it('names the row after a removed one', async () => {
      await options.db.exec('DROP TRIGGER audit_log_no_delete')
      await options.db.prepare('DELETE FROM audit_log WHERE seq = 3').run()
      expect(await verify()).toEqual({ ok: false, rows: 3, firstBroken: { seq: 4, reason: 'gap' } })
    })
  })
}
