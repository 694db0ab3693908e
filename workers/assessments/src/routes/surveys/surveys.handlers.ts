import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { ErrorCode } from '@platform/contracts'
import {
  ApiError,
  IDEMPOTENCY_HEADER,
  notFound,
  ruleBroken,
  runIdempotent,
  type StoredAnswer,
  writeWithAudit,
} from '@platform/server-kit'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { surveyAnswer } from '../../db/schema'
import { newId } from '../../new-id'
import { askPeer, communitiesOf } from '../../peers'
import { shanghaiDay } from '../../rules/quarter'
import { listSurveys, satisfactionBreakdown } from '../../surveys/survey-queries'
import { stationInScope } from '../scores/scores.handlers'
import { auditBy, type Remember } from '../shared/answer-once'
import type { listSurveysRoute, publicAnswerRoute, satisfactionRoute, visitAnswerRoute } from './surveys.routes'

const RETRY_AFTER_SECONDS = 60

/** Per client address, as the disputes worker limits its public paths (CF-Connecting-IP, set by the edge). */
async function limitByAddress(c: Context<AppEnv>) {
  const address = c.req.header('CF-Connecting-IP')?.trim() || 'local'
  const { success } = await c.env.SURVEY_LIMITER.limit({ key: address })
  if (!success) {
    c.header('Retry-After', String(RETRY_AFTER_SECONDS))
    throw new ApiError(429, ErrorCode.rateLimited, 'Too many answers; try again in a minute', {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    })
  }
}

/** The station of a community (the communities worker owns it); 400 when it does not exist. */
async function stationOfCommunity(c: Context<AppEnv>, communityId: string) {
  const place = await askPeer('communities', () => communitiesOf(c.env).gridOfCommunity(communityId))
  if (!place) throw new ApiError(400, 'UNKNOWN_COMMUNITY', `No community ${communityId}`)
  return place.stationId
}

/** Runs a creating request once per Idempotency-Key when one is sent (public callers share one caller label). */
function once(
  c: Context<AppEnv>,
  caller: string,
  operation: string,
  body: unknown,
  create: (remember: Remember) => Promise<StoredAnswer>,
) {
  const key = c.req.header(IDEMPOTENCY_HEADER)
  return key === undefined
    ? create(async () => [])
    : runIdempotent(createDb(c.env), { caller, operation, key, body }, create)
}

type NewAnswer = Omit<typeof surveyAnswer.$inferInsert, 'id' | 'recordedAt'>

async function record(
  c: Context<AppEnv>,
  caller: string,
  actorId: string,
  operation: string,
  body: unknown,
  answer: NewAnswer,
) {
  const db = createDb(c.env)
  const stored = await once(c, caller, operation, body, async (remember) => {
    const id = newId()
    const row = { ...answer, id, recordedAt: new Date().toISOString() }
    const result = {
      status: 201,
      body: {
        id,
        kind: row.kind,
        stationId: row.stationId,
        communityId: row.communityId ?? null,
        score: row.score,
        answeredOn: row.answeredOn,
      },
    }
    await writeWithAudit(db, [db.insert(surveyAnswer).values(row), ...(await remember(result))], {
      actorId,
      requestId: c.get('requestId'),
      action: operation,
      entity: 'survey_answer',
      entityId: id,
      after: { kind: row.kind, stationId: row.stationId, score: row.score },
    })
    return result
  })
  return c.json(stored.body as never, 201)
}

export const getSurveys: RouteHandler<typeof listSurveysRoute, AppEnv> = async (c) =>
  c.json({ surveys: await listSurveys(createDb(c.env)) }, 200)

export const postPublicAnswer: RouteHandler<typeof publicAnswerRoute, AppEnv> = async (c) => {
  await limitByAddress(c)
  const body = c.req.valid('json')
  const stationId = await stationOfCommunity(c, body.communityId)
  return record(c, 'public', 'public', 'survey.public', body, {
    kind: 'public',
    stationId,
    communityId: body.communityId,
    disputeId: null,
    officerId: null,
    score: body.score,
    answeredOn: shanghaiDay(new Date()),
  })
}

export const postVisitAnswer: RouteHandler<typeof visitAnswerRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  if (body.visitedOn > shanghaiDay(new Date()))
    throw ruleBroken('RULE_VISIT_IN_FUTURE', `The visit of ${body.visitedOn} has not happened yet`)
  const stationId = await stationOfCommunity(c, body.communityId)
  if (!coversStation(c.var.scope, stationId)) throw notFound(`Community ${body.communityId}`)
  const { actorId } = auditBy(c)
  return record(c, actorId, actorId, 'survey.visit', body, {
    kind: 'visit',
    stationId,
    communityId: body.communityId,
    disputeId: null,
    officerId: c.var.scope.officerId ?? c.var.actor.scope.officerId ?? null,
    score: body.score,
    answeredOn: body.visitedOn,
  })
}

export const getSatisfaction: RouteHandler<typeof satisfactionRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const stationId = stationInScope(c.var.scope, query.station)
  const from = query.from ?? '2000-01-01'
  const to = query.to ?? shanghaiDay(new Date())
  const rows = await satisfactionBreakdown(createDb(c.env), { from, to, stationId })
  return c.json({ from, to, ...rows }, 200)
}
