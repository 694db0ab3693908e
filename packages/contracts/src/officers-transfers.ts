import { z } from '@hono/zod-openapi'
import { Id } from './common'

const MAX_TEXT = 500
const Text = z.string().trim().min(1).max(MAX_TEXT)

/** A transfer moves the officer away; a replacement swaps in another officer of the station. */
export const TransferKind = z.enum(['transfer', 'replacement'])
export type TransferKind = z.infer<typeof TransferKind>

/** Requested → approved or rejected by the branch → completed by the station once replaced. */
export const TransferStatus = z.enum(['requested', 'approved', 'rejected', 'completed'])
export type TransferStatus = z.infer<typeof TransferStatus>

/**
 * `POST /api/officers/transfers`: the station head asks the branch to move one officer. Under the
 * minimum years in post the request carries `overrideReason` (RULE_MIN_TENURE otherwise).
 */
export const TransferRequest = z
  .object({
    officerId: Id,
    kind: TransferKind,
    reason: Text,
    /** The officer of the same station who takes over the leaving officer's grid(s). */
    replacementOfficerId: Id.optional(),
    overrideReason: Text.optional(),
    /**
     * A transfer to another station of the branch: on completion the officer's station becomes
     * this one (team, grids and group left behind). Left out: the officer leaves the roster's
     * station records unchanged apart from grids and group (e.g. a move out of the branch).
     */
    toStationId: Id.optional(),
  })
  .refine((body) => body.replacementOfficerId !== body.officerId, {
    path: ['replacementOfficerId'],
    message: 'must be another officer',
  })
  .openapi('TransferRequest')
export type TransferRequest = z.infer<typeof TransferRequest>

export const Transfer = z
  .object({
    id: Id,
    officerId: Id,
    stationId: Id,
    kind: TransferKind,
    reason: z.string(),
    replacementOfficerId: z.string().nullable(),
    overrideReason: z.string().nullable(),
    /** The station a transfer moves the officer to; null when none was named. */
    toStationId: z.string().nullable(),
    status: TransferStatus,
    requestedBy: z.string(),
    requestedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    completedBy: z.string().nullable(),
    completedAt: z.string().nullable(),
    /** The grids whose responsibility moved to the replacement on completion. */
    movedGrids: z.array(z.string()),
  })
  .openapi('Transfer')
export type Transfer = z.infer<typeof Transfer>

export const TransferDecision = z
  .object({ decision: z.enum(['approve', 'reject']), reason: Text })
  .openapi('TransferDecision')
export type TransferDecision = z.infer<typeof TransferDecision>

export const TransferListQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
})
export const TransferList = z.object({ transfers: z.array(Transfer) }).openapi('TransferList')
export type TransferList = z.infer<typeof TransferList>
