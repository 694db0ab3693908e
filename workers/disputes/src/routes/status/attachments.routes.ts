import { z } from '@hono/zod-openapi'
import { PUBLIC } from '@platform/auth'
import { AttachmentsReceipt, ErrorBody, StatusSecretParam } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

// Public: whoever holds the status link may add files to that dispute, nobody else.
export const attachRoute = defineRoute(PUBLIC, {
  method: 'post',
  path: '/api/disputes/status/{secret}/attachments',
  tags: ['intake'],
  summary: 'Add a photo or document to a dispute (through its status link)',
  description:
    'One file per request, as `multipart/form-data` with the field `file`: JPEG, PNG, WebP or PDF by its ' +
    'content (415 otherwise, whatever its name or declared type), at most 5 MB (413), at most 3 per dispute ' +
    '(422 RULE_ATTACHMENT_LIMIT). The same file twice is kept once. A plain form post (no JavaScript) is ' +
    'answered with a redirect back to the status page. Sealed before it is stored. Rate limited like the intake.',
  request: {
    params: StatusSecretParam,
    body: {
      required: false,
      content: { 'multipart/form-data': { schema: z.object({ file: z.any() }).openapi('AttachmentUpload') } },
    },
  },
  responses: {
    201: {
      description: 'Stored: the attachments now',
      content: { 'application/json': { schema: AttachmentsReceipt } },
    },
    303: { description: 'A form post: back to the status page' },
    400: error('No file in the request'),
    404: error('No dispute has this status link'),
    413: error('The file is larger than 5 MB'),
    415: error('Not a JPEG, PNG, WebP or PDF by its content'),
    422: error('RULE_ATTACHMENT_LIMIT: the dispute has 3 attachments already'),
    429: error('Too many requests from this address'),
  },
})
