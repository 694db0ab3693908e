import { ErrorBody, MAX_JSON_BODY_BYTES } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import type { Fetch } from './route-access'

export type OutsideRoutesOptions = {
  /** The worker's name, as in `/api/<worker>/…`. */
  worker: string
  /** The worker under test (`exports.default.fetch`). */
  fetch: Fetch
}

/**
 * What a domain worker answers before or without any of its routes (packages/server-kit createApp):
 * an unknown path is a 404 in the error shape, a body over the JSON limit a 413 before routing,
 * and the request id the gateway sent comes back so one request reads as one line across workers.
 */
export function describeOutsideRoutes({ worker, fetch }: OutsideRoutesOptions) {
  const url = (path: string) => `http://${worker}/api/${worker}/${path}`

  describe(`answers of ${worker} outside the routes`, () => {
    it('answers an unknown /api route with 404 in the error shape', async () => {
      const response = await fetch(new Request(url('nowhere')))
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toMatch(/application\/json/)
      expect(ErrorBody.parse(await response.json())).toEqual({
        error: { code: 'NOT_FOUND', message: `No route for GET /api/${worker}/nowhere` },
      })
    })

    it('refuses a body over the limit with 413 before any route sees it', async () => {
      const response = await fetch(
        new Request(url('health'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ padding: 'x'.repeat(MAX_JSON_BODY_BYTES) }),
        }),
      )
      expect(response.status).toBe(413)
      expect(ErrorBody.parse(await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE')
    })

    it('keeps the request id the gateway sent', async () => {
      const response = await fetch(new Request(url('health'), { headers: { 'X-Request-Id': 'gateway-request-1' } }))
      expect(response.headers.get('X-Request-Id')).toBe('gateway-request-1')
    })
  })
}
