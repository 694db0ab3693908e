import { exports } from 'cloudflare:workers'
import { describeOutsideRoutes } from '@platform/testing'

describeOutsideRoutes({ worker: 'officers', fetch: (request) => exports.default.fetch(request) })
