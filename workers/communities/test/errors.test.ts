import { exports } from 'cloudflare:workers'
import { describeOutsideRoutes } from '@platform/testing'

describeOutsideRoutes({ worker: 'communities', fetch: (request) => exports.default.fetch(request) })
