import { AuditChainReport, ErrorBody } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

export const verifyAuditRoute = defineRoute('audit.verify', {
  method: 'get',
  path: '/api/assessments/audit/verify',
  tags: ['audit'],
  summary: 'Recompute the audit chain of this worker and name the first broken row',
  description:
    'Every change this worker makes writes an append-only audit row chained to the previous one by SHA-256. ' +
    'A row gets its hashes just after it is written; rows still waiting (a writer stopped in between) are ' +
    'sealed first, as the next write would. This then recomputes the chain from the first row; the auditor ' +
    'reads it, nobody changes a recorded fact through it.',
  responses: {
    200: {
      description: 'Whether the chain holds, and the first row that breaks it',
      content: { 'application/json': { schema: AuditChainReport } },
    },
    401: { description: 'No valid actor assertion', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'Only the auditor verifies the chain', content: { 'application/json': { schema: ErrorBody } } },
  },
})
