import { errorFromBody, RequestError, signedIn } from '@platform/ui'

/**
 * POST JSON to a same-origin staff API (the gateway's CSRF check passes same-origin fetches).
 * Resolves with the answer's body; rejects with a RequestError carrying the platform's code
 * (a RULE_* refusal included); a lost session goes to the sign-in page.
 */
export function postStaffJson<T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  return signedIn(send<T>(path, body, headers))
}

async function send<T>(path: string, body: unknown, headers: Record<string, string>): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (cause) {
    throw new RequestError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) })
  }
  const text = await response.text()
  if (!response.ok) throw errorFromBody(response.status, text)
  return JSON.parse(text) as T
}
