import { errorFromBody, RequestError, signedIn } from '@platform/ui'

/**
 * POST JSON to a same-origin API (the gateway's CSRF check passes same-origin fetches). Resolves
 * with the body, rejects with a RequestError carrying the platform's error code (RULE_* included).
 */
export function postJson<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  return signedIn(send<T>(path, body, headers))
}

async function send<T>(path: string, body: unknown, headers: Record<string, string>): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { ...headers, accept: 'application/json', 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    })
  } catch (cause) {
    throw new RequestError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) })
  }
  const text = await response.text()
  if (!response.ok) throw errorFromBody(response.status, text)
  return JSON.parse(text) as T
}
