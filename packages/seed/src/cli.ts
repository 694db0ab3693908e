// `pnpm seed [--persist-to <dir>]`: seeds the district into the local D1 databases under the
// platform's state folder (default `.state`, the folder `wrangler dev --persist-to` uses),
// only where it is not there yet. Migrations must have been applied before. It also creates the
// local demo accounts (one per role) in the gateway's identity database: only here, only into
// the local state folder, never by a deploy. Their TOTP secrets are sealed with IDENTITY_DATA_KEY
// from the root .dev.vars, which the start script writes.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateDistrict } from './district'
import { type DatabaseReport, SeedError, shownPath, writeDistrict } from './write'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

const usage = `usage: pnpm seed [--persist-to <dir>]

Seeds the district (20 stations, 163 communities, 148 dedicated officers, 66 groups) and the
demo accounts (demo.<role>, see the README) into the local D1 databases under <dir> (default
.state), unless it is already there. Local only: never run against a deployed database.`

function summary(reports: readonly DatabaseReport[]): string {
  const lines = reports.flatMap((r) =>
    r.tables.map((t) => {
      const added = t.after - t.before
      return `  ${r.name.padEnd(12)} ${t.table.padEnd(20)} ${String(t.after).padStart(4)}${added ? `  (+${added})` : ''}`
    }),
  )
  return lines.join('\n')
}

function readOptions() {
  try {
    const options = {
      'persist-to': { type: 'string', default: '.state' },
      help: { type: 'boolean', short: 'h' },
    } as const
    return parseArgs({ options }).values
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${usage}`)
    process.exit(2)
  }
}

async function main() {
  // getPlatformProxy announces each worker's .dev.vars ("Using secrets defined in ..."); the
  // seed only needs the databases, so keep wrangler to warnings unless asked for more.
  process.env.WRANGLER_LOG ??= 'warn'
  const values = readOptions()
  if (values.help) {
    console.log(usage)
    return
  }
  const persistTo = resolve(process.cwd(), values['persist-to'])
  const shown = shownPath(persistTo)
  const started = performance.now()
  const reports = await writeDistrict(generateDistrict(), { root, persistTo })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (reports.every((r) => r.seeded)) {
    console.log(`The district is already seeded in ${shown}/: nothing to do.\n${summary(reports)}`)
    return
  }
  const fresh = reports.filter((r) => !r.seeded).map((r) => r.name)
  console.log(`Seeded the district into ${shown}/ (${fresh.join(', ')}) in ${seconds} s:\n${summary(reports)}`)
}

main().catch((err: unknown) => {
  console.error(err instanceof SeedError ? `seed: ${err.message}` : err)
  process.exit(1)
})
