import { z } from '@hono/zod-openapi'
import { DisputeIdParam, ErrorBody } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const attachmentFileRoute = defineRoute('dispute.parties.reveal', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/attachments/{number}',
  tags: ['ledger'],
  summary: "A citizen's attachment, unsealed (holder only, audited)",
  description:
    'The file as a download. Only whoever holds the dispute; each download writes an audit row first. A POST ' +
    'because it changes the audit trail (a plain form button in the desk).',
  request: {
    params: DisputeIdParam.extend({
      number: z.coerce
        .number()
        .int()
        .min(1)
        .max(3)
        .openapi({ param: { name: 'number', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'The file',
      content: {
        'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: error('The number is not 1–3'),
    401: error('No valid actor assertion'),
    403: error('The role may not see personal data'),
    404: error("No such dispute or attachment, or it lies outside the actor's scope"),
    422: error('RULE_HOLDER_ONLY: the actor does not hold this dispute'),
  },
})
