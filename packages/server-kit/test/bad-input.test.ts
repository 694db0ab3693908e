import { createRoute, z } from '@hono/zod-openapi'
import { MAX_JSON_BODY_BYTES } from '@platform/contracts'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, createApp, ruleBroken } from '../src'

// A small app made the way every domain worker is made, with one JSON-accepting route.
function buildApp() {
  const app = createApp()
  const body = z.object({ name: z.string().min(1), hours: z.number().int().min(0).max(168) })
  app.openapi(
    createRoute({
      method: 'post',
      path: '/things',
      request: { body: { content: { 'application/json': { schema: body } }, required: true } },
      responses: { 201: { description: 'created' } },
    }),
    (c) => c.json({ ok: true, name: c.req.valid('json').name }, 201),
  )
  app.get('/refused', () => {
    throw ruleBroken('RULE_NO_PATROL_CAR', 'A dedicated officer may not be put on patrol-car duty')
  })
  app.get('/conflict', () => {
    throw new ApiError(409, 'ALREADY_DONE', 'Already done', { id: 'x' })
  })
  app.get('/boom', () => {
    throw new Error('secret internals: SELECT * FROM officer')
  })
  return app
}

const post = (payload: string, headers: Record<string, string> = {}) =>
  buildApp().request('/things', {
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', ...headers },
  })

describe('bad input never becomes a 500', () => {
  it('answers 400 INVALID_JSON to a body that is not JSON', async () => {
    const res = await post('{"name": "a",')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'INVALID_JSON' } })
  })

  it('answers 400 VALIDATION_FAILED naming every field that broke the schema', async () => {
    const res = await post(JSON.stringify({ name: '', hours: 200 }))
    expect(res.status).toBe(400)
    const { error } = (await res.json()) as { error: { code: string; details: { fields: { path: string }[] } } }
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.details.fields.map((f) => f.path).sort()).toEqual(['hours', 'name'])
  })

  it('answers 413 PAYLOAD_TOO_LARGE to a body over the limit', async () => {
    const res = await post(JSON.stringify({ name: 'x'.repeat(MAX_JSON_BODY_BYTES), hours: 1 }))
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
  })

  it('accepts a valid body', async () => {
    const res = await post(JSON.stringify({ name: 'patrol', hours: 36 }))
    expect(res.status).toBe(201)
  })

  it('answers 404 JSON to an unknown route', async () => {
    const res = await buildApp().request('/nowhere')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })
})

describe('refusals keep their status and name their rule', () => {
  it('answers 422 with the rule code when a business rule says no', async () => {
    const res = await buildApp().request('/refused')
    expect(res.status).toBe(422)
    expect(await res.json()).toEqual({
      error: { code: 'RULE_NO_PATROL_CAR', message: 'A dedicated officer may not be put on patrol-car duty' },
    })
  })

  it('keeps the status, code and details of a domain error', async () => {
    const res = await buildApp().request('/conflict')
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({ error: { code: 'ALREADY_DONE', message: 'Already done', details: { id: 'x' } } })
  })

  it('answers an unexpected error with 500 and the request id, never the internals', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await buildApp().request('/boom', { headers: { 'X-Request-Id': 'req-123' } })
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(text).not.toContain('SELECT')
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'INTERNAL', details: { requestId: 'req-123' } } })
    expect(log).toHaveBeenCalledOnce()
    log.mockRestore()
  })
})
