#!/usr/bin/env node
// The two commands a newcomer runs (`npm start`, `npm test`) and their helpers (`reset`, `seed-state`).
// Runs on the machine's Node (20 is enough); everything it starts runs on the project's Node 22.
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ensureChromium } from './lib/browser.mjs'
import { lint, reportsDir, typeCheck, vitest } from './lib/checks.mjs'
import { ensureLocalSecrets } from './lib/local-secrets.mjs'
import { reliability } from './lib/reliability.mjs'
import { capture, root, run, step } from './lib/run.mjs'
import { buildApps, defaultPort, portInUse, servePlatform, waitUntilReady } from './lib/serve.mjs'
import { defaultStateDir, migrate, resetState, seed } from './lib/state.mjs'
import { prepareToolchain } from './lib/toolchain.mjs'

const e2eStateDir = '.state-e2e'
const e2ePort = Number(process.env.E2E_PORT || 8788)

function prepare() {
  const pnpm = prepareToolchain()
  step('Building the apps')
  run(...buildApps(pnpm))
  ensureLocalSecrets()
  return pnpm
}

async function startCommand() {
  const port = Number(process.env.PORT || defaultPort)
  if (await portInUse(port)) throw new Error(`Port ${port} is already in use: stop what runs there, or set PORT.`)
  const pnpm = prepare()
  migrate(defaultStateDir)
  seed(pnpm, defaultStateDir)
  step(`Serving the platform at http://127.0.0.1:${port}/ (Ctrl-C stops it; data stays in ${defaultStateDir}/)`)
  const platform = servePlatform({ port, stateDir: defaultStateDir })
  const stop = () => platform.kill('SIGINT')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  await new Promise((resolve) => platform.on('exit', resolve))
}

async function endToEnd(pnpm) {
  step('End-to-end smoke in Chromium')
  const chromium = ensureChromium()
  if (await portInUse(e2ePort)) throw new Error(`Port ${e2ePort} is in use; set E2E_PORT to a free one.`)
  rmSync(join(root, e2eStateDir), { recursive: true, force: true })
  migrate(e2eStateDir)
  seed(pnpm, e2eStateDir)
  // The platform's whole log is kept: the last e2e test checks no personal value reached it.
  mkdirSync(join(root, reportsDir), { recursive: true })
  const logFile = join(root, reportsDir, 'e2e-platform.log')
  const log = createWriteStream(logFile)
  const platform = servePlatform({ port: e2ePort, stateDir: e2eStateDir, quiet: true })
  platform.stdout.pipe(log)
  platform.stderr.pipe(log)
  try {
    await waitUntilReady(e2ePort)
    return vitest('e2e', ['--config', 'tests/e2e/vitest.config.ts'], {
      PLATFORM_URL: `http://127.0.0.1:${e2ePort}`,
      PLATFORM_LOG: logFile,
      CHROMIUM_PATH: chromium,
    })
  } catch (err) {
    console.error(`The platform's log is in ${logFile}`)
    throw err
  } finally {
    platform.kill('SIGTERM')
  }
}

async function testCommand() {
  const started = Date.now()
  const pnpm = prepare()
  typeCheck()
  lint()
  step('Unit and integration tests (vitest, workers inside workerd)')
  const unit = vitest('unit')
  const e2e = await endToEnd(pnpm)
  // The short load-and-loss and crash runs (pnpm soak runs the full ones).
  const rel = await reliability(pnpm, {
    name: 'reliability',
    stateDir: '.state-reliability',
    port: Number(process.env.RELIABILITY_PORT || 8796),
    clients: 10,
    seconds: 5,
    crashes: 1,
  })
  const passed = unit.passed + e2e.passed + rel.passed
  const failed = unit.failed + e2e.failed + rel.failed
  const minutes = ((Date.now() - started) / 60000).toFixed(1)
  console.log(
    `\nUnit and integration: ${unit.passed} passed, ${unit.failed} failed; end to end: ${e2e.passed} passed, ${e2e.failed} failed; reliability: ${rel.passed} passed, ${rel.failed} failed (${minutes} min)`,
  )
  console.log(`tests: ${passed} passed, ${failed} failed`)
  if (unit.failure || e2e.failure || rel.failure || failed > 0 || passed === 0) process.exitCode = 1
}

const commands = {
  start: startCommand,
  test: testCommand,
  reset: () => resetState(process.argv[3] || defaultStateDir),
  // The end-to-end stage alone (after a build), for working on the browser tests.
  e2e: async () => {
    const e2e = await endToEnd(prepare())
    console.log(`tests: ${e2e.passed} passed, ${e2e.failed} failed`)
    if (e2e.failure || e2e.failed > 0) process.exitCode = 1
  },
  version: () => console.log(capture('node', ['--version'])),
}

const command = commands[process.argv[2]]
if (!command) {
  console.error(`usage: node scripts/platform.mjs ${Object.keys(commands).join('|')}`)
  process.exit(2)
}
try {
  await command()
} catch (err) {
  console.error(`\n\u2716 ${err.message}`)
  process.exit(err.exitCode || 1)
}
