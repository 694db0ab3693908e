import type { Sessions } from './platform'
import { baseUrl } from './settings'

// The mixed load: each client loops until the time is up, choosing a submission (40 %, and a
// third of those are sent twice with the same Idempotency-Key, as a client retrying after a lost
// answer would), a status look-up of an acknowledged submission (30 %) or a staff read (30 %).
// A request that gets no answer (connection refused or reset: the runtime is down) waits until
// the runtime is back and is sent again as it was, with the same key.

export type Acknowledged = { key: string; reference: string; secret: string }
export type LoadFigures = {
  clients: number
  seconds: number
  requests: number
  byStatus: Record<string, number>
  serverErrors: number
  /** Where the 5xx answers came from (method and path, the status secret masked). */
  serverErrorsByPath: Record<string, number>
  /** Requests that got no answer (sent again after the runtime came back). */
  unanswered: number
  submissions: number
  retriedSameKey: number
  /** A retry answered with another reference than the first answer: a broken idempotency promise. */
  retryMismatches: number
  acknowledged: Acknowledged[]
}

export type Gate = { ready: Promise<void> }

/** The error code of a 5xx answer in the error shape (" UPSTREAM_TIMEOUT"), or what kind of body it had. */
function errorCodeOf(text: string) {
  try {
    const code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code
    return typeof code === 'string' ? ` ${code}` : ' (JSON, not the error shape)'
  } catch {
    return text ? ` (${text.slice(0, 40).replace(/\s+/g, ' ')})` : ' (empty body)'
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function runMixedLoad(options: {
  clients: number
  seconds: number
  sessions: Sessions
  communityId: string
  /** Resolves while the runtime is up; replaced by the crash controller while it is down. */
  gate: () => Gate
}): Promise<LoadFigures> {
  const figures: LoadFigures = {
    clients: options.clients,
    seconds: options.seconds,
    requests: 0,
    byStatus: {},
    serverErrors: 0,
    serverErrorsByPath: {},
    unanswered: 0,
    submissions: 0,
    retriedSameKey: 0,
    retryMismatches: 0,
    acknowledged: [],
  }
  const deadline = Date.now() + options.seconds * 1000
  let serial = 0

  /**
   * Sends until answered (bounded): an answer is the status and the whole body; a connection
   * refused or cut before the body's end is no answer, and the request goes again, unchanged.
   */
  async function send(path: string, init: RequestInit): Promise<{ status: number; text: string }> {
    for (let attempt = 0; attempt < 20; attempt++) {
      await options.gate().ready
      try {
        const res = await fetch(`${baseUrl}${path}`, init)
        const answer = { status: res.status, text: await res.text() }
        figures.requests++
        figures.byStatus[res.status] = (figures.byStatus[res.status] ?? 0) + 1
        if (res.status >= 500) {
          figures.serverErrors++
          const where = `${init.method ?? 'GET'} ${path.replace(/\/status\/[^/]+/, '/status/{secret}')} → ${res.status}${errorCodeOf(answer.text)}`
          figures.serverErrorsByPath[where] = (figures.serverErrorsByPath[where] ?? 0) + 1
        }
        return answer
      } catch {
        figures.unanswered++
        await sleep(200)
      }
    }
    throw new Error(`${path} got no answer after 20 attempts`)
  }

  async function submit(client: number) {
    const n = ++serial
    const key = `soak-${process.pid}-${client}-${n}-${Date.now()}`
    const body = JSON.stringify({
      category: 'neighbours',
      description: `Soak submission ${n}: the neighbours' dog barks all night.`,
      communityId: options.communityId,
      address: `Soak Lane ${process.pid}-${n}`,
      applicant: {
        name: 'Soak Applicant',
        phone: `137${String((process.pid * 100_000 + n) % 100_000_000).padStart(8, '0')}`,
      },
      otherParties: [],
      preferredHandling: 'no_preference',
      consent: true,
    })
    const init = { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body }
    figures.submissions++
    const first = await send('/api/disputes/intake', init)
    if (first.status !== 201) return
    const receipt = JSON.parse(first.text) as { reference: string; statusUrl: string }
    const ack = { key, reference: receipt.reference, secret: receipt.statusUrl.split('/').pop() as string }
    figures.acknowledged.push(ack)
    if (n % 3 === 0) {
      figures.retriedSameKey++
      const again = await send('/api/disputes/intake', init)
      const repeat = again.status === 201 ? (JSON.parse(again.text) as { reference: string }) : null
      if (!repeat || repeat.reference !== ack.reference) figures.retryMismatches++
    }
  }

  async function lookUp() {
    const known = figures.acknowledged[Math.floor(Math.random() * figures.acknowledged.length)]
    if (!known) return
    await send(`/api/disputes/status/${known.secret}`, { headers: { accept: 'application/json' } })
  }

  const reads = [
    ['/api/disputes/ledger', options.sessions.mediator],
    ['/api/officers/me/week', options.sessions.officer],
    ['/api/communities/figures', options.sessions.auditor],
    ['/api/assessments/exemption-cases', options.sessions.auditor],
  ] as const
  async function staffRead() {
    const [path, cookie] = reads[Math.floor(Math.random() * reads.length)] as (typeof reads)[number]
    await send(path, { headers: { cookie, accept: 'application/json' } })
  }

  async function client(id: number) {
    while (Date.now() < deadline) {
      const r = Math.random()
      if (r < 0.4) await submit(id)
      else if (r < 0.7) await lookUp()
      else await staffRead()
    }
  }
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)))
  return figures
}
