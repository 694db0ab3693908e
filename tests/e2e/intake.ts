import { baseUrl } from './browser'

// The public intake allows 10 submissions a minute per client address, and the whole suite
// submits from one address: a refused submission waits out Retry-After, as a citizen's retry
// would, and is sent again with the same Idempotency-Key (so a retry can never make two).
const MAX_RATE_LIMIT_WAITS = 2

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** POST /api/disputes/intake as JSON with an Idempotency-Key, waiting out the rate limit. */
export async function postIntake(idempotencyKey: string, body: unknown): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${baseUrl}/api/disputes/intake`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(body),
    })
    if (res.status !== 429 || attempt >= MAX_RATE_LIMIT_WAITS) return res
    await sleep((Number(res.headers.get('retry-after')) || 60) * 1000 + 500)
  }
}
