import { AuditChainReport } from '@platform/contracts'
import { sealAuditChain, writeWithAudit } from '@platform/server-kit/audit'
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
 * a removed one are named by `GET /api/<worker>/audit/verify`; concurrent writers append without
 * racing, and a row left unsealed by a stopped writer is sealed by the next. Rows are appended here
 * directly, never through a production route.
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

  const rowCount = async () =>
    (await options.db.prepare('select count(*) as n from audit_log').first<{ n: number }>())?.n ?? 0
  // What a writer stopped between its append and its seal leaves behind.
  const appendUnsealed = async (requestId: string) => {
    const row = await options.db
      .prepare(
        `insert into audit_log (at, actor_id, action, entity, entity_id, request_id, prev_hash, hash)
         values (?, 'test-officer', 'test.change', 'test_record', ?, ?, '', '') returning seq`,
      )
      .bind(new Date().toISOString(), requestId, requestId)
      .first<{ seq: number }>()
    return row?.seq ?? 0
  }

  describe(`the audit chain of ${options.worker}`, () => {
    it('verifies an empty trail', async () => {
      expect(await verify()).toEqual({ ok: true, rows: 0, firstBroken: null })
    })

    it('verifies rows appended one after the other', async () => {
      for (const n of [1, 2, 3, 4]) await append(n)
      expect(await verify()).toEqual({ ok: true, rows: 4, firstBroken: null })
    })

    it('appends forty concurrent writers, each once, in one unbroken chain', async () => {
      const before = await rowCount()
      const appended = await Promise.all(Array.from({ length: 40 }, (_, i) => append(100 + i)))
      expect(appended).toHaveLength(40)
      expect(await rowCount()).toBe(before + 40)
      expect(await verify()).toEqual({ ok: true, rows: before + 40, firstBroken: null })
    })

    it('seals a row a stopped writer left without its hashes, and the next row chains onto it', async () => {
      await appendUnsealed('stopped-writer')
      await append(200)
      const rows = await options.db
        .prepare(
          "select hash, prev_hash from audit_log where request_id in ('stopped-writer', 'request-200') order by seq",
        )
        .all<{ hash: string; prev_hash: string }>()
      const [stopped, next] = rows.results
      expect(rows.results).toHaveLength(2)
      expect(stopped?.hash).toMatch(/^[0-9a-f]{64}$/)
      expect(next?.prev_hash).toBe(stopped?.hash)
      expect(await verify()).toMatchObject({ ok: true, firstBroken: null })
    })

    it('seals a long run of rows stopped writers left, in order, when the chain is next verified', async () => {
      for (let i = 0; i < 30; i++) await appendUnsealed(`stopped-run-${i}`)
      expect(await verify()).toMatchObject({ ok: true, firstBroken: null })
      const left = await options.db
        .prepare("select count(*) as n from audit_log where hash = ''")
        .first<{ n: number }>()
      expect(left?.n).toBe(0)
    })

    it('lets an unsealed row take its hashes once and nothing else', async () => {
      const seq = await appendUnsealed('seal-once')
      const hex = 'a'.repeat(64)
      await expect(
        options.db
          .prepare(`UPDATE audit_log SET action = 'x', hash = '${hex}', prev_hash = '${hex}' WHERE seq = ?`)
          .bind(seq)
          .run(),
      ).rejects.toThrow(/append-only/)
      await expect(
        options.db.prepare("UPDATE audit_log SET hash = 'short', prev_hash = 'short' WHERE seq = ?").bind(seq).run(),
      ).rejects.toThrow(/append-only/)
      expect(await sealAuditChain(db)).toBe(1)
      expect(await sealAuditChain(db)).toBe(0)
      await expect(
        options.db.prepare(`UPDATE audit_log SET hash = '${hex}' WHERE seq = ?`).bind(seq).run(),
      ).rejects.toThrow(/append-only/)
      expect(await verify()).toMatchObject({ ok: true, firstBroken: null })
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
      expect(await verify()).toMatchObject({ ok: true, firstBroken: null })
    })

    it('names the row after a removed one', async () => {
      await options.db.exec('DROP TRIGGER audit_log_no_delete')
      await options.db.prepare('DELETE FROM audit_log WHERE seq = 3').run()
      expect(await verify()).toEqual({ ok: false, rows: 3, firstBroken: { seq: 4, reason: 'gap' } })
    })
  })
}
