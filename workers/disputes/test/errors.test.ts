import { exports } from 'cloudflare:workers'
import { describeOutsideRoutes } from '@platform/testing'

describeOutsideRoutes({ worker: 'disputes', fetch: (request) => exports.default.fetch(request) })
