import { describe, expect, it } from 'vitest'
import { memoizeRequest } from '../src/api/memoize-request'
import { errorCode, errorFromBody, errorMessageKind, isForbidden, RequestError } from '../src/api/request-error'

describe('API errors', () => {
  it('keeps the code, message and details of the platform error shape', () => {
    const body = JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'bad station', details: ['station'] } })
    const error = errorFromBody(400, body)
    expect(error).toBeInstanceOf(RequestError)
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'bad station',
      details: ['station'],
    })
  })

  it('derives the code from the status when the body is not the error shape', () => {
    expect(errorFromBody(504, '<html>timeout</html>').code).toBe('UPSTREAM_TIMEOUT')
    expect(errorFromBody(502, '').code).toBe('UPSTREAM_FAILED')
    expect(errorFromBody(418, '{"oops":true}').code).toBe('HTTP_ERROR')
  })

  it('tells the user what kind of problem it is, not the raw code', () => {
    const of = (code: string) => errorMessageKind(new RequestError({ status: 0, code, message: '' }))
    expect(of('NETWORK_ERROR')).toBe('network')
    expect(of('UPSTREAM_TIMEOUT')).toBe('timeout')
    expect(of('UPSTREAM_FAILED')).toBe('unavailable')
    expect(of('NOT_FOUND')).toBe('notFound')
    expect(of('RATE_LIMITED')).toBe('rateLimited')
    expect(of('FORBIDDEN')).toBe('forbidden')
    expect(of('UNAUTHENTICATED')).toBe('denied')
    expect(of('RULE_SOMETHING')).toBe('generic')
    expect(errorMessageKind(new TypeError('boom'))).toBe('generic')
    expect(errorCode(new TypeError('boom'))).toBe('UNKNOWN')
  })

  it('treats a 403 as "your role may not see this", whatever code the body carries', () => {
    expect(isForbidden(errorFromBody(403, '{"error":{"code":"FORBIDDEN","message":"no"}}'))).toBe(true)
    expect(isForbidden(errorFromBody(403, '<html>denied</html>'))).toBe(true)
    expect(isForbidden(errorFromBody(401, ''))).toBe(false)
    expect(isForbidden(errorFromBody(404, ''))).toBe(false)
    expect(errorMessageKind(errorFromBody(403, '{"error":{"code":"RULE_OUT_OF_SCOPE","message":"no"}}'))).toBe(
      'forbidden',
    )
  })
})

describe('shared requests', () => {
  it('asks the server once for screens that need the same data', async () => {
    let calls = 0
    const load = memoizeRequest(async () => ++calls)
    expect(await Promise.all([load(), load()])).toEqual([1, 1])
    expect(await load()).toBe(1)
  })

  it('asks again after a failure, so "try again" is a real retry', async () => {
    let calls = 0
    const load = memoizeRequest(async () => {
      calls++
      if (calls === 1) throw new Error('offline')
      return calls
    })
    await expect(load()).rejects.toThrow('offline')
    expect(await load()).toBe(2)
  })
})
