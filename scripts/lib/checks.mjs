// The test command's stages: type check, lint/format, unit + integration, end to end.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, run, step } from './run.mjs'

export const reportsDir = '.reports'

/** Every package with its own tsconfig.json is type checked on its own (workers, apps and Node differ). */
export function typeCheck() {
  step('Type check (tsc, strict)')
  const projects = ['workers', 'apps', 'packages']
    .flatMap((folder) =>
      existsSync(join(root, folder)) ? readdirSync(join(root, folder)).map((n) => join(folder, n)) : [],
    )
    .concat(['tests', 'scripts'])
    .filter((dir) => existsSync(join(root, dir, 'tsconfig.json')))
  for (const project of projects) {
    run('tsc', ['-p', project, '--noEmit'])
    console.log(`  ok ${project}`)
  }
}

export function lint() {
  step('Lint and format check (biome)')
  run('biome', ['ci', '.'])
}

/** Runs vitest with a JSON report beside the normal output and returns the counts. */
export function vitest(name, args = [], env = {}) {
  mkdirSync(join(root, reportsDir), { recursive: true })
  const outputFile = join(root, reportsDir, `${name}.json`)
  let failure = null
  try {
    run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`, ...args], { env })
  } catch (err) {
    failure = err
  }
  const counts = readCounts(outputFile)
  // A stage that ran no test is a failure, never a silent pass.
  if (!failure && counts.passed === 0) failure = new Error(`vitest ${name}: no test ran (no report at ${outputFile})`)
  return { ...counts, failure }
}

function readCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    }
  } catch {
    return { passed: 0, failed: 0, skipped: 0 }
  }
}
