import { describe, expect, it } from 'vitest'
import type { Fetch } from './route-access'

export type OpenApiDocumentOptions = {
  /** The worker's name, as in `/api/<worker>/openapi.json`. */
  worker: string
  /** The worker under test (`exports.default.fetch`). */
  fetch: Fetch
  /** The document's title (`info.title`). */
  title: string
  /** Every path the worker serves, in any order. */
  paths: readonly string[]
  /** `METHOD /path` → the permission that operation checks (`x-permission`), for every operation. */
  permissions: Readonly<Record<string, string>>
  /** Schemas of packages/contracts the document must name among its components. */
  schemas?: readonly string[]
}

type OpenApiDocument = {
  openapi: string
  info: { title: string }
  paths: Record<string, Record<string, Record<string, unknown>>>
  components?: { schemas?: Record<string, unknown> }
}

/**
 * The worker's own OpenAPI document (what the gateway merges into the platform's docs): 3.1,
 * listing exactly the routes the worker serves, each naming the permission it checks, and
 * describing its answers with the shared contract schemas.
 */
export function describeOpenApiDocument(options: OpenApiDocumentOptions) {
  const read = async () => {
    const response = await options.fetch(new Request(`http://${options.worker}/api/${options.worker}/openapi.json`))
    expect(response.status).toBe(200)
    return response.json<OpenApiDocument>()
  }

  describe(`GET /api/${options.worker}/openapi.json`, () => {
    it('is an OpenAPI 3.1 document listing every route of the worker', async () => {
      const document = await read()
      expect(document.openapi).toBe('3.1.0')
      expect(document.info.title).toBe(options.title)
      expect(Object.keys(document.paths).sort()).toEqual([...options.paths].sort())
    })

    it('names the permission each route checks (x-permission)', async () => {
      const document = await read()
      const permissions = Object.entries(document.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, operation]) => [
          `${method.toUpperCase()} ${path}`,
          operation['x-permission'],
        ]),
      )
      expect(Object.fromEntries(permissions)).toEqual(options.permissions)
    })

    const { schemas } = options
    if (schemas)
      it('describes the responses with the shared schemas of the contracts', async () => {
        const document = await read()
        expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining([...schemas]))
      })
  })
}
