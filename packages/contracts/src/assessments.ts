import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'

export const BoardRole = z.enum(['chair', 'member'])
export type BoardRole = z.infer<typeof BoardRole>

export const BoardMember = z
  .object({
    id: Id,
    name: Label,
    role: BoardRole,
    unit: Label.openapi({ description: 'department or station the member belongs to' }),
    stationId: Id.nullable().openapi({
      description: 'set when the member serves in a station: used for conflict checks',
    }),
    active: z.boolean(),
  })
  .openapi('BoardMember')
export type BoardMember = z.infer<typeof BoardMember>

/** `GET /api/assessments/board/members`. */
export const BoardMembers = z.object({ members: z.array(BoardMember) }).openapi('BoardMembers')
export type BoardMembers = z.infer<typeof BoardMembers>

/** RPC answer of the assessments worker: how many active members sit on the review board. */
export type BoardSummary = { members: number; chairs: number }
