import type { MiddlewareHandler } from 'hono'

export type RequestIdOptions = {
  /** Header read from the client, set on the answer and forwarded downstream. */
  headerName?: string
  /** Longest incoming id kept; longer ones are replaced (they end up in every log line). */
  limitLength?: number
  generator?: () => string
}

/**
 * Gives every request an id: the caller's when it sent a well-formed one (so a trace can
 * start upstream of the gateway), a fresh UUID otherwise. Only `[A-Za-z0-9._:=-]` is kept, so
 * the id is safe to echo in headers, logs and pages.
 *
 * Unlike hono/request-id, the header is set *after* the handler: proxied answers are fresh
 * Response objects that would not carry headers prepared before them.
 */
export const requestId = (options: RequestIdOptions = {}): MiddlewareHandler<{ Variables: { requestId: string } }> => {
  const { headerName = 'X-Request-Id', limitLength = 128, generator = () => crypto.randomUUID() } = options
  const wellFormed = /^[\w.:=-]+$/
  return async function requestId(c, next) {
    const incoming = c.req.header(headerName)
    const id = incoming && incoming.length <= limitLength && wellFormed.test(incoming) ? incoming : generator()
    c.set('requestId', id)
    await next()
    c.res.headers.set(headerName, id)
  }
}
