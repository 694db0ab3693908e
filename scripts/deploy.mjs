#!/usr/bin/env node
// `pnpm run deploy -- --env staging|production [--dry-run] [--no-build]`: builds the apps, applies every D1
// database's migrations (remote), deploys the domain workers, the apps and the gateway last
// (the order is ./lib/deploy-plan.mjs), and stops at the first step that fails, naming it.
// `--dry-run` runs the same plan with `wrangler deploy --dry-run` and no migration, and prints
// each bundle's size (nothing leaves this machine). Plain Node, no dependencies.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { deployPlan, parseDeployArgs } from './lib/deploy-plan.mjs'
import { deployParts } from './lib/platform-parts.mjs'
import { projectEnv, root, step } from './lib/run.mjs'

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** Every file under a folder (the dry run's output: the worker bundle, or an app's assets). */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile())
}

/** What a dry run would upload: the bundled script, and for an app the assets of its dist/. */
function sizeOf(step, outdir) {
  const script = filesUnder(outdir).filter((f) => /\.(m?js|wasm)$/.test(f))
  const scriptGzip = script.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0)
  if (step.group !== 'apps') return `bundle ${kb(scriptGzip)} gzip`
  const dist = join(root, step.args[step.args.indexOf('-c') + 1], '..', 'dist')
  const assets = filesUnder(dist)
  const bytes = assets.reduce((sum, f) => sum + statSync(f).size, 0)
  return `worker ${kb(scriptGzip)} gzip, ${assets.length} asset files ${kb(bytes)}`
}

function main() {
  const { env, dryRun, build } = parseDeployArgs(process.argv.slice(2))
  const scratch = mkdtempSync(join(tmpdir(), 'deploy-'))
  const plan = deployPlan({ env, dryRun, build, outdir: (part) => join(scratch, part), ...deployParts(env) })
  console.log(`Deploying to ${env}${dryRun ? ' (dry run: nothing is uploaded, no migration applied)' : ''}:`)
  for (const [i, s] of plan.entries()) console.log(`  ${i + 1}. ${s.kind} ${s.part}${s.note ? ` (${s.note})` : ''}`)
  for (const [index, current] of plan.entries()) {
    step(`${index + 1}/${plan.length} ${current.kind} ${current.part}: ${current.command} ${current.args.join(' ')}`)
    const result = spawnSync(current.command, current.args, {
      cwd: root,
      stdio: 'inherit',
      env: projectEnv({ WRANGLER_SEND_METRICS: 'false', CI: 'true' }),
    })
    if (result.status !== 0) {
      const done = plan.slice(0, index).map((s) => `${s.kind} ${s.part}`)
      console.error(
        `\n\u2716 Deploy to ${env} stopped: ${current.kind} ${current.part} failed (exit ${result.status ?? result.signal}).` +
          `\n  Done before it: ${done.length ? done.join(', ') : 'nothing'}. Nothing after it ran;` +
          ' the parts already deployed keep serving (the gateway, deployed last, still points at the previous builds).',
      )
      process.exit(result.status || 1)
    }
    if (dryRun && current.kind === 'deploy')
      console.log(`  ${current.part}: ${sizeOf(current, join(scratch, current.part))}`)
  }
  console.log(`\n\u2714 ${dryRun ? 'Dry run' : 'Deploy'} to ${env} done: ${plan.length} steps.`)
}

try {
  main()
} catch (err) {
  console.error(`\u2716 ${err.message}`)
  process.exit(2)
}
