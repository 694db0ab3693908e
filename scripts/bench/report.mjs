// docs/benchmarks.md and docs/benchmarks.svg from one `pnpm bench` run's figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, run } from '../lib/run.mjs'
import { endpoints } from './endpoints.mjs'
import { barChart } from './svg-chart.mjs'

const n = (x, digits = 0) =>
  Number(x).toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const pct = (score) => (score === null || score === undefined ? '—' : String(Math.round(score * 100)))

/** The D1 query counts measured by the workers' query-count tests (.reports/d1-queries.json), if any. */
function queryCounts() {
  const file = join(root, '.reports', 'd1-queries.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

/** Says which list endpoints slow down with the data (p99 more than twice as long at 100,000 rows). */
function growthNotes(r) {
  const grown = endpoints().filter(
    (e) => e.list && r.small[e.id] && r.large[e.id] && r.large[e.id].p99 > 2 * r.small[e.id].p99,
  )
  if (grown.length === 0)
    return [
      'Every list endpoint keeps its p99 within twice its small-state value: cost does not grow with the data.',
      '',
    ]
  return [
    ...grown.map(
      (e) =>
        `- **${e.label}** grows with the data: p99 ×${n(r.large[e.id].p99 / r.small[e.id].p99, 1)}, throughput ÷${n(r.small[e.id].requestsPerSecond / r.large[e.id].requestsPerSecond, 1)} from the small to the large state (a full scan or sort where an index would serve).`,
    ),
    '',
  ]
}

export function writeBenchReport(r) {
  const hello = (r.baseline.before.requestsPerSecond + r.baseline.after.requestsPerSecond) / 2
  const drift = Math.abs(r.baseline.before.requestsPerSecond - r.baseline.after.requestsPerSecond) / hello
  const rows = endpoints()
    .filter((e) => r.large[e.id])
    .map((e) => ({ ...e, ...r.large[e.id], ratio: r.large[e.id].requestsPerSecond / hello }))
  const chart = barChart({
    title: `Throughput as a share of a bare Hono worker (${n(hello)} req/s = 100 %)`,
    rows: [
      { label: 'Bare Hono "hello" (baseline)', value: 1, text: '100 %', baseline: true },
      ...rows.map((e) => ({ label: e.label, value: e.ratio, text: `${n(e.ratio * 100, 1)} %` })),
    ],
  })
  writeFileSync(join(root, 'docs', 'benchmarks.svg'), chart)
  const s = r.settings
  const counts = queryCounts()
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` (scripts/bench.mjs) on ${r.date.slice(0, 16).replace('T', ' ')} UTC; the run took ${n(r.minutes, 1)} min. Re-run it to refresh this page.`,
    '',
    '## How it is measured',
    '',
    `- **Scale seed** (packages/seed/src/scale): the district seed plus ${n(s.sizes.large.disputes)} disputes (sealed personal data, timelines, contact digests and a chained audit row each, as the disputes worker writes them), ${n(s.sizes.large.presence)} presence entries, two years of score sheets and registration records, written straight into the local D1 SQLite files wrangler serves (node:sqlite, big transactions) in ${n(s.scaleSeconds, 0)} s.`,
    `- **Runtime**: the whole platform in one \`wrangler dev\` (workerd) process, state in its own folder, port of its own. The baseline is a bare Hono worker (scripts/bench/hello) under the same \`wrangler dev\`, measured before and after the endpoints in the same run (drift ${n(drift * 100, 1)} %); ratios use the mean.`,
    `- **Load**: autocannon ${r.machine.autocannon}, ${s.connections} connections, ${s.seconds} s per endpoint after a 2 s warm-up; ${s.cpus.server === null ? 'no CPU pinning (fewer than two cores or no taskset)' : `server pinned to CPU ${s.cpus.server} and load generator to CPU ${s.cpus.load} with taskset`}.`,
    '- **Staff reads** use demo accounts without a second factor (officer, mediator, auditor) signed in once; the intake posts a unique Idempotency-Key and unique contact details per request.',
    '- **Rate limits**: the public intake allows 10 submissions (30 status look-ups) a minute per client address, and every load client is 127.0.0.1; for bench and soak runs only, the disputes worker starts from a generated copy of its wrangler.toml in the run folder whose `[[ratelimits]]` allow 10,000,000 a minute (scripts/bench/runtime.mjs). Production config and code are unchanged.',
    '',
    '## Throughput and latency (100,000-dispute state)',
    '',
    '| endpoint | path | req/s | ratio to bare Hono | p50 ms | p99 ms | non-2xx |',
    '|---|---|---:|---:|---:|---:|---:|',
    `| Bare Hono "hello" (baseline, mean) | \`/\` | ${n(hello)} | 1.000 | ${r.baseline.before.p50} | ${r.baseline.before.p99} | 0 |`,
    ...rows.map(
      (e) =>
        `| ${e.label} | \`${e.path.replace(/\?.*/, '')}\` | ${n(e.requestsPerSecond)} | ${n(e.ratio, 3)} | ${e.p50} | ${e.p99} | ${e.non2xx} |`,
    ),
    '',
    '![Throughput as a share of the bare Hono worker](benchmarks.svg)',
    '',
    '## How cost grows: list endpoints at 1,000 and at 100,000 rows',
    '',
    `Small state: ${n(s.sizes.small.disputes)} disputes and ${n(s.sizes.small.presence)} presence entries; large state: ${n(s.sizes.large.disputes)} and ${n(s.sizes.large.presence)}.`,
    '',
    '| list endpoint | p99 ms at 1,000 | p99 ms at 100,000 | req/s at 1,000 | req/s at 100,000 |',
    '|---|---:|---:|---:|---:|',
    ...endpoints()
      .filter((e) => e.list && r.small[e.id] && r.large[e.id])
      .map(
        (e) =>
          `| ${e.label} | ${r.small[e.id].p99} | ${r.large[e.id].p99} | ${n(r.small[e.id].requestsPerSecond)} | ${n(r.large[e.id].requestsPerSecond)} |`,
      ),
    '',
    ...growthNotes(r),
    '## D1 queries per request',
    '',
    counts
      ? [
          "Counted by a wrapper around the D1 binding in the workers' query-count tests (`test/query-count.test.ts`), which also assert that a list's count does not grow with the rows on the page:",
          '',
          '| endpoint | rows on the page | D1 queries |',
          '|---|---:|---:|',
          ...counts.map((c) => `| ${c.endpoint} | ${c.rows} | ${c.queries} |`),
        ].join('\n')
      : 'Not measured in this run (.reports/d1-queries.json missing): run the query-count tests first.',
    '',
    '## Lighthouse',
    '',
    r.lighthouse
      ? [
          `Lighthouse ${r.lighthouse.version}, mobile emulation, Debian Chromium, on the 1,000-dispute state. Targets: performance ≥ 95, accessibility 100, best practices ≥ 95.`,
          '',
          '| page | performance | accessibility | best practices |',
          '|---|---:|---:|---:|',
          ...r.lighthouse.results.map((p) =>
            p.error
              ? `| ${p.label} (\`${p.path}\`) | error | error | error |`
              : `| ${p.label} (\`${p.path}\`) | ${pct(p.scores.performance)} | ${pct(p.scores.accessibility)} | ${pct(p.scores['best-practices'])} |`,
          ),
          '',
          ...r.lighthouse.results.flatMap((p) =>
            Object.entries(p.failing ?? {}).map(
              ([category, audits]) =>
                `- ${p.label}, ${category} under target: ${audits.map((a) => `\`${a.id}\`${a.value ? ` (${a.value})` : ''}`).join(', ') || 'no single audit below 1 (score from weighted metrics)'}`,
            ),
          ),
        ].join('\n')
      : 'Not run (BENCH_LIGHTHOUSE=0).',
    '',
    '## Machine',
    '',
    `${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memGiB} GiB; ${r.machine.os}; Node ${r.machine.node} (wrangler's), wrangler ${r.machine.wrangler}, autocannon ${r.machine.autocannon}. Load average when the run ended: ${(r.machine.loadAverage ?? []).join(', ')}. The machine is shared: absolute figures vary between runs, ratios to the baseline measured in the same run much less.`,
    '',
    '## Command',
    '',
    '```sh',
    'pnpm bench            # on a fresh clone: installs, builds, seeds, measures, writes this page (~15 min)',
    'BENCH_SECONDS=30 BENCH_CONNECTIONS=20 pnpm bench   # longer, heavier runs',
    '```',
    '',
  ]
  writeFileSync(join(root, 'docs', 'benchmarks.md'), lines.join('\n'))
  // In the repository's own format, so `biome ci` in npm test passes on the written page.
  run('biome', ['check', '--write', 'docs/benchmarks.md', 'docs/benchmarks.svg'])
}
