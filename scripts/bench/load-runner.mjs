// One autocannon run, started by the benchmark in its own process pinned to the load
// generator's core: `node scripts/bench/load-runner.mjs <spec.json>` prints the result as JSON.
// Spec: { url, method?, headers?, connections, duration, body? , kind: 'get'|'intake'|'status', secrets? }
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'))
let serial = 0

/** A submission a citizen could make, unique per request (phones and address too, as in life). */
export function intakeBody(communityId, n) {
  return JSON.stringify({
    category: 'neighbours',
    description: `Bench submission ${n}: water leaks from the flat above every night.`,
    communityId,
    address: `Bench Road ${n}, unit ${n % 97}`,
    applicant: { name: 'Bench Applicant', phone: `139${String(n % 100_000_000).padStart(8, '0')}` },
    otherParties: [],
    preferredHandling: 'at_station',
    consent: true,
  })
}

const setupRequest = {
  get: (req) => req,
  intake: (req) => {
    const n = ++serial
    return {
      ...req,
      headers: { ...req.headers, 'idempotency-key': `bench-${process.pid}-${n}` },
      body: intakeBody(spec.communityId, process.pid * 1_000_000 + n),
    }
  },
  status: (req) => ({ ...req, path: `/api/disputes/status/${spec.secrets[++serial % spec.secrets.length]}` }),
}[spec.kind]

const result = await autocannon({
  url: spec.url,
  method: spec.method ?? 'GET',
  headers: spec.headers ?? {},
  connections: spec.connections,
  duration: spec.duration,
  requests: [{ setupRequest }],
})
const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]))
console.log(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    codes,
  }),
)
