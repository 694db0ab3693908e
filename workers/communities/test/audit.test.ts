import { env, exports } from 'cloudflare:workers'
import { describeAuditChain } from '@platform/testing'

// Its own file: each test file gets its own database, and this one drops the audit triggers.
describeAuditChain({ worker: 'communities', fetch: (request) => exports.default.fetch(request), db: env.DB })
