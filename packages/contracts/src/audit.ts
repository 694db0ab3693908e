import { z } from '@hono/zod-openapi'

/**
 * `GET /api/<worker>/audit/verify`: the worker's audit chain recomputed from its first row.
 * `firstBroken` names the first row whose content no longer matches its hash (`hash_mismatch`),
 * whose link to the previous row is broken (`chain_break`), or that follows a removed row (`gap`).
 */
export const AuditChainReport = z
  .object({
    ok: z.boolean(),
    rows: z
      .number()
      .int()
      .nonnegative()
      .openapi({ description: 'rows read, up to and including the first broken one' }),
    firstBroken: z
      .object({ seq: z.number().int().positive(), reason: z.enum(['hash_mismatch', 'chain_break', 'gap']) })
      .nullable(),
  })
  .openapi('AuditChainReport')
export type AuditChainReport = z.infer<typeof AuditChainReport>
