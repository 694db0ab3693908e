import { exports } from 'cloudflare:workers'
import { describeOutsideRoutes } from '@platform/testing'

describeOutsideRoutes({ worker: 'assessments', fetch: (request) => exports.default.fetch(request) })
