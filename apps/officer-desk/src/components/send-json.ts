import { errorFromBody, RequestError, signedIn } from '@platform/ui'

/**
 * POST or PUT JSON to a same-origin staff API (the gateway's CSRF check passes same-origin
 * fetches); without a body, none is sent. Resolves with the answer's body; rejects with a
 * RequestError carrying the platform's code and details (a RULE_* refusal, the fields a 400
 * names); a lost session goes to the sign-in page. The desk's one sender: every area uses it.
 */
export function sendStaffJson<T>(
  method: 'POST' | 'PUT',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  return signedIn(send<T>(method, path, body, headers))
}

async function send<T>(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
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
