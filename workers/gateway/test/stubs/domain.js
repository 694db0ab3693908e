import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for a domain worker: echoes what it received as JSON (the actor assertion and cookies
// included), serves a small OpenAPI
// document at /api/<name>/openapi.json and answers the count RPCs from its COUNTS binding. With
// HEALTH = 'degraded' its /health answers 503 like a worker whose migrations are missing.
export default class DomainStub extends WorkerEntrypoint {
  async fetch(request) {
    const url = new URL(request.url)
    const name = this.env.DOMAIN
    if (url.pathname === `/api/${name}/openapi.json`) return Response.json(openApiDocument(name))
    if (url.pathname === `/api/${name}/health` && this.env.HEALTH === 'degraded') {
      return Response.json(
        { status: 'degraded', worker: name, database: { reachable: false, missingTables: [] } },
        { status: 503 },
      )
    }
    const body = request.body ? await request.text() : ''
    return Response.json({
      worker: name,
      method: request.method,
      path: `${url.pathname}${url.search}`,
      requestId: request.headers.get('X-Request-Id'),
      assertion: request.headers.get('X-Actor-Assertion'),
      cookie: request.headers.get('Cookie'),
      bodyBytes: body.length,
    })
  }

  async placeCounts() {
    return this.env.COUNTS
  }

  async forceCounts() {
    return this.env.COUNTS
  }
}

function openApiDocument(name) {
  const json = (schema) => ({ 'application/json': { schema } })
  return {
    openapi: '3.1.0',
    info: { title: `${name} stub API`, version: '0.0.1', description: `What the ${name} stub serves.` },
    paths: {
      [`/api/${name}/things/{id}`]: {
        get: {
          summary: `Read one ${name} thing`,
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'opaque id' },
          ],
          responses: {
            200: { description: 'The thing', content: json({ $ref: '#/components/schemas/Thing' }) },
            404: { description: 'No such thing', content: json({ $ref: '#/components/schemas/Error' }) },
          },
        },
      },
      [`/api/${name}/things`]: {
        post: {
          summary: `Create a ${name} thing`,
          requestBody: {
            required: true,
            content: json({
              type: 'object',
              properties: {
                name: { $ref: '#/components/schemas/Label' },
                tags: { type: 'array', items: { type: 'string' } },
              },
              required: ['name'],
            }),
          },
          responses: { 201: { description: 'Created', content: json({ $ref: '#/components/schemas/Thing' }) } },
        },
      },
    },
    components: {
      schemas: {
        Label: {
          type: 'object',
          properties: { zh: { type: 'string' }, en: { type: 'string' } },
          required: ['zh', 'en'],
        },
        Thing: {
          type: 'object',
          properties: {
            id: { type: 'string', description: 'ULID' },
            name: { $ref: '#/components/schemas/Label' },
            role: { type: ['string', 'null'], enum: ['A', 'B', null] },
            since: { type: 'string', format: 'date' },
          },
          required: ['id', 'name'],
        },
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: { code: { type: 'string' }, message: { type: 'string' } },
              required: ['code', 'message'],
            },
          },
          required: ['error'],
        },
      },
    },
  }
}
