import { z } from '@hono/zod-openapi'

/** Opaque identifiers are ULIDs (Crockford base32, 26 characters). */
export const Id = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an opaque id (ULID)')
  .openapi({ example: '01JD0000000000000000000000' })

/** Every place and person shown in the UI carries both labels: zh-CN (default) and English. */
export const Label = z.object({ zh: z.string(), en: z.string() })
export type Label = z.infer<typeof Label>

export const IdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) })

/** Health answer shared by the four domain workers. */
export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    worker: z.string(),
    database: z.object({ reachable: z.boolean(), missingTables: z.array(z.string()) }),
  })
  .openapi('Health')
export type Health = z.infer<typeof Health>

/**
 * `GET /api/<worker>/openapi.json`: the worker's OpenAPI 3.1 document. Only the frame is described;
 * every operation carries `x-permission`, the permission its route checks (`public` or an action of
 * the permission matrix in packages/auth).
 */
export const OpenApiDocument = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  })
  .openapi('OpenApiDocument')
export type OpenApiDocument = z.infer<typeof OpenApiDocument>
