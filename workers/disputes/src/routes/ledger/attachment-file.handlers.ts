import type { RouteHandler } from '@hono/zod-openapi'
import { unsealBytes } from '@platform/auth'
import { notFound, ruleBroken } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { and, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { disputeAttachment } from '../../db/schema'
import { loadDispute } from '../../disputes/load-dispute'
import { holdsDispute } from '../../rules/holds'
import type { attachmentFileRoute } from './attachment-file.routes'

const EXTENSION: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
}

export const postAttachmentFile: RouteHandler<typeof attachmentFileRoute, AppEnv> = async (c) => {
  const { id, number } = c.req.valid('param')
  const db = createDb(c.env)
  const row = await loadDispute(db, id, c.var.scope)
  if (!holdsDispute(c.var.actor, row)) {
    throw ruleBroken('RULE_HOLDER_ONLY', "Only whoever holds the dispute sees the citizen's files")
  }
  const [file] = await db
    .select()
    .from(disputeAttachment)
    .where(and(eq(disputeAttachment.disputeId, row.id), eq(disputeAttachment.number, number)))
  const object = file ? await c.env.ATTACHMENTS.get(file.objectKey) : null
  if (!file || !object) throw notFound('Attachment', { id, number })
  // On the record before anything is shown, like the full view of the parties.
  await writeWithAudit(db, [], {
    actorId: c.var.actor.userId,
    requestId: c.get('requestId'),
    action: 'dispute.attachment.viewed',
    entity: 'dispute',
    entityId: row.id,
    after: { number },
  })
  const bytes = await unsealBytes(
    new Uint8Array(await object.arrayBuffer()),
    c.env.DISPUTES_DATA_KEY,
    `${row.id}/${number}`,
  )
  return new Response(bytes, {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${row.reference}-${number}.${EXTENSION[file.contentType] ?? 'bin'}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  }) as never
}
