import { z } from '@hono/zod-openapi'
import { PUBLIC } from '@platform/auth'
import { DisputeIntake, DisputeIntakeForm, ErrorBody, IntakeReceipt } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const html = { 'text/html': { schema: z.string() } }

// Public: the only write path from the internet lands here (architecture.md).
export const intakeRoute = defineRoute(PUBLIC, {
  method: 'post',
  path: '/api/disputes/intake',
  tags: ['intake'],
  summary: 'A citizen brings a dispute to the Qihe Station (no account)',
  description:
    'JSON with an `Idempotency-Key` header, or a plain HTML form post (no JavaScript) carrying the key in the ' +
    '`idempotencyKey` field; the form gets an HTML confirmation, or the form again with each error next to its ' +
    'field. A retry with the same key answers the first result and creates nothing; the same key with another ' +
    'body is refused (422). Consent to the privacy notice is required (400 without it). Names, phones, address ' +
    'and description are sealed at rest. Rate limited per client address (429 with Retry-After).',
  request: {
    body: {
      required: false,
      content: {
        'application/json': { schema: DisputeIntake },
        'application/x-www-form-urlencoded': { schema: DisputeIntakeForm },
      },
    },
  },
  responses: {
    201: {
      description: 'Received: the reference and the private status link',
      content: { 'application/json': { schema: IntakeReceipt }, ...html },
    },
    400: {
      description: 'A field is invalid, consent is missing, or the Idempotency-Key is missing or malformed',
      content: { 'application/json': { schema: ErrorBody }, ...html },
    },
    415: { description: 'Neither JSON nor a form post', content: { 'application/json': { schema: ErrorBody } } },
    422: {
      description: 'The Idempotency-Key was used with a different request',
      content: { 'application/json': { schema: ErrorBody } },
    },
    429: {
      description: 'Too many submissions from this address',
      content: { 'application/json': { schema: ErrorBody } },
    },
    502: {
      description: 'The communities service did not answer',
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
})

export const intakeFormRoute = defineRoute(PUBLIC, {
  method: 'get',
  path: '/api/disputes/intake/form',
  tags: ['intake'],
  summary: 'The intake form as a server-rendered page (works without JavaScript)',
  description:
    'The same fields and checks as the app, with the communities of every station to pick from and a fresh ' +
    'idempotency key in a hidden field. zh-CN by default, English with the `lang` cookie.',
  responses: {
    200: { description: 'The form', content: html },
    502: { description: 'The communities service did not answer', content: html },
  },
})
