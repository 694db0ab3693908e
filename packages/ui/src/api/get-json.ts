import { errorFromBody, RequestError } from './request-error'

// Longer than the gateway's per-mount timeout, so the gateway's own 504 normally arrives first.
const CLIENT_TIMEOUT_MS = 20_000

/**
 * GET a same-origin JSON API. Resolves with the body typed as the contract says (the server
 * validated it with the zod schema; the apps import only the types so zod stays out of the bundle),
 * rejects with a RequestError for every failure.
 */
export async function getJson<T>(path: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    })
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError'
    throw new RequestError({
      status: 0,
      code: timedOut ? 'TIMEOUT' : 'NETWORK_ERROR',
      message: cause instanceof Error ? cause.message : String(cause),
    })
  }
  const body = await response.text()
  if (!response.ok) throw errorFromBody(response.status, body)
  try {
    return JSON.parse(body) as T
  } catch {
    throw new RequestError({ status: response.status, code: 'INVALID_RESPONSE', message: 'response is not JSON' })
  }
}
