import { PUBLIC } from '@platform/auth'
import { ErrorBody, StatusSecretParam, SurveyAnswer, SurveyAnswerForm, SurveyReceipt } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

// Public: whoever holds the status link rates the handling once the dispute is closed.
export const surveyRoute = defineRoute(PUBLIC, {
  method: 'post',
  path: '/api/disputes/status/{secret}/survey',
  tags: ['intake'],
  summary: 'The satisfaction survey after closure (one answer per dispute, 1–5)',
  description:
    'JSON `{ score }`, or a plain HTML form post (no JavaScript) answered with a redirect back to the status ' +
    'page. Open once the dispute is closed (422 RULE_SURVEY_NOT_OPEN before); a second answer is refused (422 ' +
    'RULE_SURVEY_ANSWERED). The answer is kept here and forwarded to the assessments service, which owns ' +
    'surveys; when that service is down it is forwarded later (`forwarded: false`), never lost or counted twice.',
  request: {
    params: StatusSecretParam,
    body: {
      required: false,
      content: {
        'application/json': { schema: SurveyAnswer },
        'application/x-www-form-urlencoded': { schema: SurveyAnswerForm },
      },
    },
  },
  responses: {
    201: {
      description: 'Kept (and forwarded when possible)',
      content: { 'application/json': { schema: SurveyReceipt } },
    },
    303: { description: 'A form post: back to the status page' },
    400: error('The score is missing or not 1–5'),
    404: error('No dispute has this status link'),
    415: error('Neither JSON nor a form post'),
    422: error('RULE_SURVEY_NOT_OPEN (not closed yet) or RULE_SURVEY_ANSWERED (one answer per dispute)'),
    429: error('Too many requests from this address'),
  },
})
