import { type Action, can, PUBLIC, ROLES, type Role } from '@platform/auth'
import { ErrorBody } from '@platform/contracts'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { asRole, type Place, ROLE_SCOPE_LEVEL } from './actors'
import type { Fetch } from './route-access'

export type FuzzOptions = {
  /** The worker's name, as in `/api/<worker>/…`. */
  worker: string
  /** The worker under test (`exports.default.fetch`). */
  fetch: Fetch
  /** Where the station-, team- and own-scoped actors sit. */
  place: Required<Place>
  /** Fixture ids for the path parameters, so some cases reach a real record. */
  pathParams?: Readonly<Record<string, string>>
  /** Cases per operation (default 25). */
  runs?: number
  /** Fixed seed, to replay a failure. */
  seed?: number
}

type Schema = {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, Schema>
  items?: Schema
  enum?: unknown[]
  format?: string
  allOf?: Schema[]
  anyOf?: Schema[]
  oneOf?: Schema[]
}
type Parameter = { name: string; in: string; schema?: Schema }
type OperationObject = {
  'x-permission'?: string
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
}
type Document = {
  paths?: Record<string, Record<string, OperationObject>>
  components?: { schemas?: Record<string, Schema> }
}

type FuzzOperation = { method: string; path: string; operation: OperationObject }
type Body = { contentType?: string; text: string }
type Case = { path: Record<string, string>; query: Record<string, string>; body?: Body }

const FORM = 'application/x-www-form-urlencoded'
const METHODS = ['get', 'put', 'post', 'delete', 'patch']
const SCOPE_RANK = { branch: 0, station: 1, team: 2, own: 3 } as const

// Values chosen to break things: injection payloads, odd unicode, control characters, numbers at
// the edges of what JSON, SQLite and JavaScript can hold.
const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  "'; DROP TABLE audit_log; --",
  '" OR ""="',
  '1; SELECT * FROM sqlite_master',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  `{{7*7}}\${7*7}`,
  '../../etc/passwd',
  '%00',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '𝕳𝖊𝖑𝖑𝖔 🧨👩‍👩‍👧‍👦',
  '\ud800',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  ' ',
  '',
  '前门街道 调解',
  '2026-02-30',
  '2026-13-01T25:61:00Z',
  '0000-00-00',
  '__proto__',
  'constructor',
]
const BOUNDARY_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  -2147483649,
  2147483648,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
]
const RAW_BODIES = [
  '',
  '{',
  'null',
  '[]',
  '"just a string"',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
  '{"a":1,"a":2}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '\u0000\u0001\u0002',
  'a=1&b=2',
  '<xml>no</xml>',
]
const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/xml',
]

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** Looks like an id (ULID: 26 Crockford characters) but names nothing. */
const unknownUlid = fc
  .array(fc.constantFrom(...CROCKFORD), { minLength: 22, maxLength: 22 })
  .map((chars) => `01JZ${chars.join('')}`)
const hugeString = fc
  .constantFrom(2_000, 20_000, 200_000)
  .chain((size) => fc.constantFrom('a', '前', '🧨', "'").map((unit) => unit.repeat(size)))
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  unknownUlid,
)
const boundaryNumber = fc.oneof(fc.constantFrom(...BOUNDARY_NUMBERS), fc.integer(), fc.double({ noNaN: true }))
const junk: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  boundaryNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.jsonValue({ maxDepth: 3 }),
)

function resolve(document: Document, schema: Schema | undefined, depth = 0): Schema {
  if (!schema || depth > 8) return {}
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '')
    return resolve(document, document.components?.schemas?.[name], depth + 1)
  }
  return schema
}

/** Every property a schema names, across `allOf`/`anyOf`/`oneOf` members. */
function propertiesOf(document: Document, schema: Schema | undefined, depth = 0): Record<string, Schema> {
  const resolved = resolve(document, schema)
  if (depth > 4) return {}
  const members = [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]
  return Object.assign(
    {},
    ...members.map((member) => propertiesOf(document, member, depth + 1)),
    resolved.properties ?? {},
  )
}

/** A value a field of this schema might plausibly hold, so some cases get past validation. */
function plausible(document: Document, schema: Schema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(document, schema)
  if (resolved.enum?.length) return fc.constantFrom(...resolved.enum)
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type
  const properties = propertiesOf(document, resolved)
  if (depth < 2 && Object.keys(properties).length > 0) return recordOf(document, properties, ids, depth + 1)
  switch (type) {
    case 'integer':
      return fc.oneof(fc.constantFrom(...BOUNDARY_NUMBERS.filter(Number.isInteger)), fc.integer({ min: -5, max: 100 }))
    case 'number':
      return boundaryNumber
    case 'boolean':
      return fc.boolean()
    case 'array':
      return depth < 2
        ? fc.array(plausible(document, resolved.items, ids, depth + 1), { maxLength: 4 })
        : fc.constant([])
    default:
      if (resolved.format === 'date-time')
        return fc
          .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString())
      if (resolved.format === 'date')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10))
      return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 30 })) : fc.string({ maxLength: 30 })
  }
}

/** A record over the schema's fields: each missing, plausible, junk or huge; plus extra fields. */
function recordOf(document: Document, properties: Record<string, Schema>, ids: string[], depth = 0) {
  const fields = Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => [
      name,
      fc.oneof(
        { weight: 3, arbitrary: plausible(document, schema, ids, depth) },
        { weight: 2, arbitrary: junk },
        { weight: 1, arbitrary: hugeString },
      ),
    ]),
  )
  const extras = fc.dictionary(fc.constantFrom('extra', 'id', 'createdAt', 'stationId', 'isAdmin', '$where'), junk, {
    maxKeys: 2,
  })
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.option(extras, { nil: undefined }))
    .map(([record, extra]) => ({ ...record, ...(extra ?? {}) }))
}

function bodyArbitrary(document: Document, operation: OperationObject, ids: string[]): fc.Arbitrary<Body> {
  const schema = operation.requestBody?.content?.['application/json']?.schema
  const properties = propertiesOf(document, schema)
  const json = (value: unknown): Body => ({ contentType: 'application/json', text: JSON.stringify(value) ?? 'null' })
  const formSchema = operation.requestBody?.content?.[FORM]?.schema
  // An operation that takes browser form posts gets form-encoded bodies of its own form's fields too.
  const form = recordOf(document, propertiesOf(document, formSchema ?? schema), ids).map(
    (value): Body => ({
      contentType: FORM,
      text: new URLSearchParams(
        Object.entries(value).map(([name, field]) => [name, typeof field === 'string' ? field : JSON.stringify(field)]),
      ).toString(),
    }),
  )
  return fc.oneof(
    { weight: formSchema ? 3 : 1, arbitrary: form },
    { weight: 6, arbitrary: recordOf(document, properties, ids).map(json) },
    { weight: 2, arbitrary: junk.map(json) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map((text) => ({ contentType: 'application/json', text })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...WRONG_CONTENT_TYPES, undefined), recordOf(document, properties, ids))
        .map(([contentType, value]) => ({ contentType, text: JSON.stringify(value) })),
    },
  )
}

function caseArbitrary(document: Document, fuzzed: FuzzOperation, options: FuzzOptions): fc.Arbitrary<Case> {
  const fixtures = { ...(options.pathParams ?? {}) }
  const ids = [...new Set([...Object.values(fixtures), ...Object.values(options.place)])]
  const pathNames = [...fuzzed.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string)
  const pathValue = (name: string) => {
    const fixture = fixtures[name]
    const hostile = fc.oneof(
      hostileString.filter((value) => value !== ''),
      unknownUlid,
      fc.constantFrom(2_000, 8_000).map((size) => 'x'.repeat(size)),
    )
    return fixture === undefined
      ? hostile
      : fc.oneof({ weight: 2, arbitrary: fc.constant(fixture) }, { weight: 3, arbitrary: hostile })
  }
  const path = fc.record(Object.fromEntries(pathNames.map((name) => [name, pathValue(name)]))) as fc.Arbitrary<
    Record<string, string>
  >
  const queryParameters = (fuzzed.operation.parameters ?? []).filter((parameter) => parameter.in === 'query')
  const queryValue = (parameter: Parameter) =>
    fc.oneof(
      plausible(document, parameter.schema, ids).map(String),
      hostileString,
      fc.constantFrom(...BOUNDARY_NUMBERS).map(String),
      fc.constant('x'.repeat(5_000)),
    )
  const query = fc
    .tuple(
      fc.record(Object.fromEntries(queryParameters.map((p) => [p.name, queryValue(p)])), { requiredKeys: [] }),
      fc.option(
        fc.dictionary(fc.constantFrom('extra', 'limit', 'cursor', 'q', '__proto__'), hostileString, { maxKeys: 2 }),
        {
          nil: undefined,
        },
      ),
    )
    .map(([known, extra]) => ({ ...(extra ?? {}), ...known }) as Record<string, string>)
  const hasBody = fuzzed.method !== 'GET' && fuzzed.method !== 'DELETE'
  const body = hasBody
    ? fc.option(bodyArbitrary(document, fuzzed.operation, ids), { nil: undefined, freq: 10 })
    : fc.constant(undefined)
  return fc.record({ path, query, body })
}

/** A role the matrix lets call the operation, preferring the widest scope so fixtures are in reach. */
function allowedRole(permission: string): Role | undefined {
  const byReach = [...ROLES].sort((a, b) => SCOPE_RANK[ROLE_SCOPE_LEVEL[a]] - SCOPE_RANK[ROLE_SCOPE_LEVEL[b]])
  return byReach.find((role) => can([role], permission as Action))
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** A path segment; a lone surrogate (which `encodeURIComponent` refuses) goes out as invalid UTF-8 bytes. */
const segment = (value: string) =>
  value.match(LONE_SURROGATE)
    ? encodeURIComponent(value.replace(LONE_SURROGATE, '\u0001')).replaceAll('%01', '%ED%A0%80')
    : encodeURIComponent(value)

/**
 * An operation that documents browser form posts answers a form post with an HTML page (its
 * errors shown in the form), not the JSON error shape.
 */
const answersFormWithPage = (operation: OperationObject, testCase: Case, response: Response) =>
  testCase.body?.contentType === FORM &&
  operation.requestBody?.content?.[FORM] !== undefined &&
  (response.headers.get('content-type') ?? '').startsWith('text/html')

function requestOf(base: string, fuzzed: FuzzOperation, headers: Record<string, string>, testCase: Case) {
  const path = fuzzed.path.replace(/\{([^}]+)\}/g, (_, name: string) => segment(testCase.path[name] ?? ''))
  const url = new URL(`${base}${path}`)
  for (const [name, value] of Object.entries(testCase.query)) url.searchParams.append(name, value)
  const body = testCase.body
  return new Request(url, {
    method: fuzzed.method,
    headers: { ...headers, ...(body?.contentType ? { 'content-type': body.contentType } : {}) },
    body: body?.text,
  })
}

/**
 * The short fuzz check: for every operation of the worker's OpenAPI document, `runs` requests with
 * malformed, boundary and hostile path ids, query values and bodies (loosely shaped by the
 * request schema), sent as a role the matrix allows so the handler really runs. No answer may be a
 * 5xx, and every non-2xx answer carries the error shape `{ error: { code, message } }`. Prints the
 * number of cases per operation.
 *
 * Async because the cases come from the document: `await describeFuzz({...})` at the top of the file.
 */
export async function describeFuzz(options: FuzzOptions) {
  const runs = options.runs ?? 25
  const base = `http://${options.worker}`
  const documentResponse = await options.fetch(new Request(`${base}/api/${options.worker}/openapi.json`))
  const document: Document = documentResponse.ok ? await documentResponse.json<Document>() : {}
  const operations: FuzzOperation[] = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      method: method.toUpperCase(),
      path,
      operation: item[method] as OperationObject,
    })),
  )
  // Cases run and statuses seen per operation, for the report line.
  const counts = new Map<string, { cases: number; statuses: Set<number> }>()

  describe(`fuzzing every operation of ${options.worker}`, () => {
    it('reads the OpenAPI document', () => {
      expect(documentResponse.status).toBe(200)
      expect(operations.length).toBeGreaterThan(0)
    })

    for (const fuzzed of operations) {
      const permission = fuzzed.operation['x-permission'] ?? PUBLIC
      const role = permission === PUBLIC ? undefined : allowedRole(permission)
      const name = `${fuzzed.method} ${fuzzed.path}`
      it(`${name} answers below 500, in the error shape, to hostile input (as ${role ?? 'the public'})`, async () => {
        const headers = role ? await asRole(role, options.place) : {}
        const seen = { cases: 0, statuses: new Set<number>() }
        counts.set(name, seen)
        await fc.assert(
          fc.asyncProperty(caseArbitrary(document, fuzzed, options), async (testCase) => {
            seen.cases += 1
            const response = await options.fetch(requestOf(base, fuzzed, headers, testCase))
            seen.statuses.add(response.status)
            const text = await response.text()
            expect(response.status, `${fuzzed.method} answered ${response.status}: ${text.slice(0, 300)}`).toBeLessThan(
              500,
            )
            if (response.status >= 200 && response.status < 300) return
            if (answersFormWithPage(fuzzed.operation, testCase, response)) return
            let json: unknown
            try {
              json = JSON.parse(text)
            } catch {
              json = text.slice(0, 300)
            }
            expect(
              ErrorBody.safeParse(json).success,
              `not the error shape: ${JSON.stringify(json).slice(0, 300)}`,
            ).toBe(true)
          }),
          { numRuns: runs, seed: options.seed, endOnFailure: true },
        )
      })
    }

    afterAll(() => {
      const total = [...counts.values()].reduce((sum, seen) => sum + seen.cases, 0)
      const lines = [...counts].map(
        ([name, seen]) => `  ${seen.cases} × ${name} → ${[...seen.statuses].sort().join(' ')}`,
      )
      console.log(`[fuzz] ${options.worker}: ${counts.size} operations, ${total} cases\n${lines.join('\n')}`)
    })
  })
}
