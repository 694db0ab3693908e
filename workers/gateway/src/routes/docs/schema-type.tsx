import type { Child } from 'hono/jsx'
import { refName, schemaAnchor } from './anchors'
import type { JsonSchema } from './openapi-document'

/** Nested objects deeper than this show as `{ … }`: named schemas are linked, not repeated. */
const MAX_DEPTH = 3

type Context = { docKey: string; depth: number }

const literal = (value: unknown) => JSON.stringify(value) ?? String(value)

function joined(parts: Child[], separator: string): Child {
  return parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part]))
}

const isUnion = (schema: JsonSchema | undefined) =>
  !!schema &&
  (!!schema.anyOf || !!schema.oneOf || !!schema.enum || (Array.isArray(schema.type) && schema.type.length > 1))

function objectType(schema: JsonSchema, context: Context): Child {
  const entries = Object.entries(schema.properties ?? {})
  if (entries.length === 0) {
    const extra = schema.additionalProperties
    return typeof extra === 'object' ? (
      <>
        {'{ [key: string]: '}
        {schemaType(extra, context)}
        {' }'}
      </>
    ) : (
      'object'
    )
  }
  if (context.depth >= MAX_DEPTH) return '{ … }'
  const required = new Set(schema.required ?? [])
  const inner = { ...context, depth: context.depth + 1 }
  const fields = entries.map(([name, property]) => (
    <>
      {name}
      {required.has(name) ? '' : '?'}: {schemaType(property, inner)}
    </>
  ))
  return (
    <>
      {'{ '}
      {joined(fields, ', ')}
      {' }'}
    </>
  )
}

function singleType(type: string, schema: JsonSchema, context: Context): Child {
  if (type === 'array') {
    const item = schemaType(schema.items, context)
    return isUnion(schema.items) ? <>({item})[]</> : <>{item}[]</>
  }
  if (type === 'object') return objectType(schema, context)
  if (type === 'string' && schema.format) return `string<${schema.format}>`
  return type
}

/**
 * A compact, TypeScript-like reading of a JSON Schema: `{ id: string, role?: "A" | "B" }`,
 * `Station[]`, `string | null`. References link to the schema's entry in the same document.
 */
export function schemaType(schema: JsonSchema | undefined, context: Context): Child {
  if (!schema) return 'any'
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref)
    return <a href={`#${schemaAnchor(context.docKey, name)}`}>{name}</a>
  }
  if ('const' in schema) return literal(schema.const)
  if (Array.isArray(schema.enum)) return joined(schema.enum.map(literal), ' | ')
  const variants = schema.anyOf ?? schema.oneOf
  if (Array.isArray(variants)) return joined([...variants.map((v) => schemaType(v, context))], ' | ')
  if (Array.isArray(schema.allOf))
    return joined(
      schema.allOf.map((part) => schemaType(part, context)),
      ' & ',
    )
  const types = Array.isArray(schema.type)
    ? schema.type
    : schema.type
      ? [schema.type]
      : schema.properties
        ? ['object']
        : []
  if (types.length === 0) return 'any'
  const parts = types.map((type) => singleType(type, schema, context))
  if (schema.nullable && !types.includes('null')) parts.push('null')
  return joined(parts, ' | ')
}
