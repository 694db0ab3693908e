// `pnpm seed:scale --persist-to <dir>`: the scale seed for benchmarks. On a state folder that is
// migrated and holds the district seed, adds 100,000 disputes, 1,000,000 presence entries and two
// years of scores and registration records, written straight into the local D1 SQLite files that
// `wrangler dev --persist-to <dir>` serves (node:sqlite, big transactions: about a minute instead
// of hours through the D1 API). Stop the platform first: SQLite has one writer.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createRng } from '../prng'
import { findDatabaseFiles, openForLoad } from './d1-files'
import { writeScaleDisputes } from './disputes'
import { readDistrictIds } from './district-ids'
import { writeScaleRegistrations, writeScaleScores } from './history'
import { writeScalePresence } from './presence'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')

const { values } = parseArgs({
  options: {
    'persist-to': { type: 'string', default: '.state' },
    disputes: { type: 'string', default: '100000' },
    presence: { type: 'string', default: '1000000' },
    months: { type: 'string', default: '24' },
    /** Where to keep a sample of status secrets (the database holds only their hashes). */
    'secrets-out': { type: 'string' },
  },
})

function disputesDataKey(): string {
  const vars = readFileSync(join(root, 'workers/disputes/.dev.vars'), 'utf8')
  const key = vars.match(/^DISPUTES_DATA_KEY=(.+)$/m)?.[1]
  if (!key) throw new Error('workers/disputes/.dev.vars has no DISPUTES_DATA_KEY: start the platform once first.')
  return key.trim()
}

async function main() {
  const persistTo = resolve(process.cwd(), values['persist-to'])
  const files = findDatabaseFiles(persistTo)
  const months = Number(values.months)
  const now = Date.now()
  const started = performance.now()
  const communities = openForLoad(files.communities)
  const officers = openForLoad(files.officers)
  const assessments = openForLoad(files.assessments)
  const disputes = openForLoad(files.disputes)
  try {
    const ids = readDistrictIds(communities, officers)
    console.error(`Scale seed into ${values['persist-to']}/`)
    const rng = createRng('scale-seed')
    const d = writeScaleDisputes(disputes, ids, {
      count: Number(values.disputes),
      days: Math.round((months * 365) / 12),
      now,
      dataKey: disputesDataKey(),
      rng,
    })
    const p = writeScalePresence(officers, ids, {
      count: Number(values.presence),
      weeks: Math.round((months * 52) / 12),
      now,
      rng,
    })
    const s = writeScaleScores(assessments, ids, { months, now, rng })
    const r = writeScaleRegistrations(communities, ids, { months, now, rng })
    if (values['secrets-out']) writeFileSync(values['secrets-out'], JSON.stringify(d.secrets))
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.error(
      `Added ${d.written.toLocaleString('en')} disputes, ${p.written.toLocaleString('en')} presence entries, ` +
        `${s.written.toLocaleString('en')} score sheets, ${r.written.toLocaleString('en')} registration records in ${seconds} s`,
    )
  } finally {
    for (const db of [communities, officers, assessments, disputes]) db.close()
  }
}

main().catch((err: unknown) => {
  console.error(`seed:scale: ${(err as Error).message}`)
  process.exit(1)
})
