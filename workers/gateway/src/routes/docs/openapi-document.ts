import { z } from 'zod'

/** The part of JSON Schema (OpenAPI 3.1 dialect, plus 3.0's `nullable`) the docs page renders. */
export type JsonSchema = {
  $ref?: string
  type?: string | string[]
  format?: string
  enum?: unknown[]
  const?: unknown
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  additionalProperties?: boolean | JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  nullable?: boolean
  description?: string
}

const Schema = z.custom<JsonSchema>((value) => typeof value === 'object' && value !== null && !Array.isArray(value))
const Content = z.record(z.string(), z.looseObject({ schema: Schema.optional() }))
const Parameter = z.looseObject({
  $ref: z.string().optional(),
  name: z.string().optional(),
  in: z.string().optional(),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: Schema.optional(),
})
const Operation = z.looseObject({
  summary: z.string().optional(),
  description: z.string().optional(),
  parameters: z.array(Parameter).optional(),
  requestBody: z
    .looseObject({ required: z.boolean().optional(), description: z.string().optional(), content: Content.optional() })
    .optional(),
  responses: z
    .record(
      z.string(),
      z.looseObject({ $ref: z.string().optional(), description: z.string().optional(), content: Content.optional() }),
    )
    .optional(),
})
export type Operation = z.infer<typeof Operation>
export type Parameter = z.infer<typeof Parameter>

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const PathItem = z.looseObject({
  get: Operation.optional(),
  put: Operation.optional(),
  post: Operation.optional(),
  delete: Operation.optional(),
  options: Operation.optional(),
  head: Operation.optional(),
  patch: Operation.optional(),
  trace: Operation.optional(),
})

/**
 * What a worker's `/openapi.json` must look like for the docs page to render it. Checked, not
 * trusted: a broken document shows as "unavailable" in its own section instead of a 500.
 */
export const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string(), description: z.string().optional() }),
  paths: z.record(z.string(), PathItem).optional(),
  components: z.looseObject({ schemas: z.record(z.string(), Schema).optional() }).optional(),
})
export type OpenApiDocument = z.infer<typeof OpenApiDocument>
