import { z } from '@hono/zod-openapi'
import { PUBLIC } from '@platform/auth'
import { DisputeStatus, ErrorBody, StatusSecretParam } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const html = { 'text/html': { schema: z.string() } }

// Public: the secret in the path is the only key (≥ 128 bits); the reference opens nothing.
export const statusRoute = defineRoute(PUBLIC, {
  method: 'get',
  path: '/api/disputes/status/{secret}',
  tags: ['intake'],
  summary: "The citizen's status page of a dispute (private link)",
  description:
    'JSON, or a server-rendered page when the browser asks for HTML (works without JavaScript and from the QR ' +
    'code). Who holds the dispute now (role and unit), what is next and by when, the timeline in plain words; ' +
    'parties masked, no internal notes. An unknown, malformed or expired secret answers the same 404. Rate ' +
    'limited per client address (429 with Retry-After).',
  request: { params: StatusSecretParam },
  responses: {
    200: { description: 'The status', content: { 'application/json': { schema: DisputeStatus }, ...html } },
    404: {
      description: 'No such link (or it expired)',
      content: { 'application/json': { schema: ErrorBody }, ...html },
    },
    429: { description: 'Too many look-ups from this address', content: { 'application/json': { schema: ErrorBody } } },
  },
})
