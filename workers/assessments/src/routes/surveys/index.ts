import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getSatisfaction, getSurveys, postPublicAnswer, postVisitAnswer } from './surveys.handlers'
import { listSurveysRoute, publicAnswerRoute, satisfactionRoute, visitAnswerRoute } from './surveys.routes'

export const surveysRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listSurveysRoute, getSurveys)
  .openapi(publicAnswerRoute, postPublicAnswer)
  .openapi(visitAnswerRoute, postVisitAnswer)
  .openapi(satisfactionRoute, getSatisfaction)
