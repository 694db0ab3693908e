import { AuditChainReport } from '@platform/contracts'
import { identityRoute } from './identity-route'
import { protectedResponses } from './responses'

export const verifyAuditRoute = identityRoute('audit.verify', {
  method: 'get',
  path: '/api/identity/audit/verify',
  tags: ['audit'],
  summary: 'Recompute the identity database’s audit chain and name the first broken row',
  responses: {
    200: { description: 'The chain report', content: { 'application/json': { schema: AuditChainReport } } },
    ...protectedResponses,
  },
})
