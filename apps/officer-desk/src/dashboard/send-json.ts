import { errorFromBody, RequestError, signedIn } from '@platform/ui'

/**
 * POST or PUT JSON to a same-origin staff API (the gateway's CSRF check passes same-origin
 * fetches). Resolves with the answer's body; rejects with a RequestError carrying the platform's
 * code and details (the fields a 400 names); a lost session goes to the sign-in page.
 */
export function sendStaffJson<T>(
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return signedIn(send<T>(method, path, body, headers))
}

async function send<T>(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  } catch (cause) {
    throw new RequestError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) })
  }
  const text = await response.text()
  if (!response.ok) throw errorFromBody(response.status, text)
  return JSON.parse(text) as T
}
