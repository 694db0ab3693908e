import type { OpenAPIHono } from '@hono/zod-openapi'
import { PUBLIC } from '@platform/auth'
import { OpenApiDocument } from '@platform/contracts'
import type { Env } from 'hono'
import { defineRoute } from './define-route'

type DocumentConfig = Parameters<OpenAPIHono['getOpenAPI31Document']>[0]

/**
 * Serves the worker's OpenAPI 3.1 document as a route like any other: made with defineRoute and
 * declared public (the gateway's docs page reads it without an actor). So no route of the app
 * stands outside the document, and the route × role test needs no list of exceptions.
 */
export function serveOpenApiDocument<E extends Env>(app: OpenAPIHono<E>, path: string, config: DocumentConfig) {
  const route = defineRoute(PUBLIC, {
    method: 'get',
    path,
    tags: ['openapi'],
    summary: 'This document: every route of the worker with the permission it checks (`x-permission`)',
    responses: {
      200: { description: 'The OpenAPI 3.1 document', content: { 'application/json': { schema: OpenApiDocument } } },
    },
  })
  // The document is built on each request, so it lists every route registered by then.
  return app.openapi(route, (c) => c.json(app.getOpenAPI31Document(config) as OpenApiDocument, 200))
}
