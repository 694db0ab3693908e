import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import type { RecordedReceipt } from '@platform/contracts'
import { ApiError, IDEMPOTENCY_HEADER, notFound, runIdempotent } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { createDispute } from '../../disputes/create-dispute'
import { askPeer, communitiesOf } from '../../peers'
import type { recordRoute } from './record.routes'

export const postRecord: RouteHandler<typeof recordRoute, AppEnv> = async (c) => {
  const key = c.req.header(IDEMPOTENCY_HEADER)
  if (!key) throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'Send an Idempotency-Key header')
  const { source, ...intake } = c.req.valid('json')
  const db = createDb(c.env)
  const answer = await runIdempotent(
    db,
    {
      caller: c.var.actor.userId,
      operation: 'dispute.record',
      key,
      body: { source, ...intake },
      sealKey: c.env.DISPUTES_DATA_KEY,
    },
    async (remember) => {
      const place = await askPeer('communities', () => communitiesOf(c.env).gridOfCommunity(intake.communityId))
      // Another station's community is answered like an unknown one.
      if (!place || !coversStation(c.var.scope, place.stationId))
        throw notFound('Community', { communityId: intake.communityId })
      return createDispute(
        db,
        {
          intake,
          place: { stationId: place.stationId, gridId: place.gridId },
          dataKey: c.env.DISPUTES_DATA_KEY,
          requestId: c.get('requestId'),
          source,
          actorId: c.var.actor.userId,
          withId: true,
        },
        remember,
      )
    },
  )
  return c.json(answer.body as RecordedReceipt, answer.status as 201)
}
