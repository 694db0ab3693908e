import { ErrorCode } from '@platform/contracts'
import { ApiError } from '@platform/server-kit'
import type { Context } from 'hono'

const isJson = (c: Context) => (c.req.header('Content-Type') ?? '').toLowerCase().includes('application/json')
const isForm = (c: Context) =>
  /application\/x-www-form-urlencoded|multipart\/form-data/i.test(c.req.header('Content-Type') ?? '')

/**
 * Whether the caller is a script that wants JSON (a JSON body, or `Accept: application/json`
 * without HTML) rather than a browser posting a form or following a link.
 */
export function wantsJson(c: Context): boolean {
  if (isJson(c)) return true
  if (isForm(c)) return false
  const accept = (c.req.header('Accept') ?? '').toLowerCase()
  return accept.includes('application/json') && !accept.includes('text/html')
}

/** The body of a sign-in step: JSON or a form post, as a plain object for a zod schema. */
export async function readInput(c: Context): Promise<unknown> {
  if (isJson(c)) {
    try {
      return await c.req.json()
    } catch {
      throw new ApiError(400, ErrorCode.invalidJson, 'The request body is not valid JSON')
    }
  }
  if (isForm(c)) return c.req.parseBody()
  return {}
}

/** `next` as the form or the query carries it (validated by `safeNext` before any use). */
export function nextOf(c: Context, input?: unknown): string | undefined {
  const fromBody = input && typeof input === 'object' && 'next' in input ? (input as { next: unknown }).next : undefined
  return typeof fromBody === 'string' ? fromBody : c.req.query('next')
}
