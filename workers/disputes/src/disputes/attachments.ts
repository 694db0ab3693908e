import { sealBytes } from '@platform/auth'
import { ATTACHMENT_LIMITS } from '@platform/contracts/disputes-intake-rules'
import { ApiError, ruleBroken } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db'
import { type DisputeRow, disputeAttachment } from '../db/schema'
import { sniffType } from '../rules/sniff'
import { newId } from './new-id'

export const listAttachments = async (db: Db, disputeId: string) =>
  (
    await db
      .select()
      .from(disputeAttachment)
      .where(eq(disputeAttachment.disputeId, disputeId))
      .orderBy(asc(disputeAttachment.number))
  ).map((a) => ({ type: a.contentType, bytes: a.bytes }))

const hex = (digest: ArrayBuffer) => [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')

/**
 * Checks one uploaded file (size, then type by content), seals it with the dispute's id and
 * number as associated data, stores it in R2 and records it with an audit row. The same file
 * again is answered as already there; a fourth is refused.
 */
export async function addAttachment(
  db: Db,
  env: Pick<Env, 'ATTACHMENTS' | 'DISPUTES_DATA_KEY'>,
  row: DisputeRow,
  file: File,
  requestId: string,
) {
  if (file.size > ATTACHMENT_LIMITS.maxBytes) {
    throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `A file may be at most ${ATTACHMENT_LIMITS.maxBytes} bytes`)
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type = sniffType(bytes)
  if (!type) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Only JPEG, PNG, WebP images and PDF documents')
  const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes))
  const existing = await db.select().from(disputeAttachment).where(eq(disputeAttachment.disputeId, row.id))
  if (existing.some((a) => a.sha256 === sha256)) return
  if (existing.length >= ATTACHMENT_LIMITS.maxFiles) {
    throw ruleBroken('RULE_ATTACHMENT_LIMIT', `A dispute takes at most ${ATTACHMENT_LIMITS.maxFiles} attachments`)
  }
  const number = existing.length + 1
  const objectKey = `disputes/${row.id}/${number}`
  await env.ATTACHMENTS.put(objectKey, await sealBytes(bytes, env.DISPUTES_DATA_KEY, `${row.id}/${number}`), {
    httpMetadata: { contentType: 'application/octet-stream' },
  })
  const id = newId()
  await writeWithAudit(
    db,
    [
      db.insert(disputeAttachment).values({
        id,
        disputeId: row.id,
        number,
        contentType: type,
        bytes: bytes.length,
        sha256,
        objectKey,
        createdAt: new Date().toISOString(),
      }),
    ],
    {
      actorId: 'public',
      action: 'dispute.attachment.added',
      entity: 'dispute',
      entityId: row.id,
      requestId,
      after: { number, type },
    },
  )
}
