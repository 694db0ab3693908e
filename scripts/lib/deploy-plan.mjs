// The order a deploy goes in, as data: a pure function of the platform's parts, so the order is
// tested without a network (tests/budgets/deploy-plan.test.ts) and scripts/deploy.mjs only runs it.
//
// Order: build the apps; apply every D1 database's migrations (a new build may read a new
// column, an old build never breaks on an added one: migrations are additive); the domain
// workers, each after the workers it binds to (a service binding needs its target deployed);
// the apps; the gateway last, so it only ever points at parts that are already up.

/** Environments that deploy somewhere; local is the top level of each wrangler.toml (wrangler dev). */
export const DEPLOY_ENVIRONMENTS = ['staging', 'production']

/**
 * Domain workers in an order where each comes after the workers it binds to (its `dependsOn`);
 * ties keep the given order. Workers that bind to each other (officers ↔ disputes for the
 * figures) have no such order: the first of them still waiting goes next and is marked
 * `cycle` (the one with the fewest peers still to come goes first). Every later deploy finds its peers up; only the very first deploy into an empty
 * environment needs the marked worker's peer uploaded once beforehand (docs/composition.md).
 * @param {{ name: string, dependsOn: string[] }[]} workers
 * @returns {{ name: string, dependsOn: string[], cycle?: string[] }[]}
 */
export function orderByBindings(workers) {
  const names = new Set(workers.map((w) => w.name))
  const done = new Set()
  const ordered = []
  while (ordered.length < workers.length) {
    const waiting = workers.filter((w) => !done.has(w.name))
    const pending = (w) => w.dependsOn.filter((d) => names.has(d) && !done.has(d) && d !== w.name)
    const ready = waiting.find((w) => pending(w).length === 0)
    // Stuck: the worker with the fewest peers still to come breaks the cycle.
    const breaker = waiting.reduce((best, w) => (pending(w).length < pending(best).length ? w : best))
    const next = ready ?? { ...breaker, cycle: pending(breaker) }
    done.add(next.name)
    ordered.push(next)
  }
  return ordered
}

/**
 * @typedef {{ kind: 'build' | 'migrate' | 'deploy', part: string, group: 'apps' | 'databases' | 'domain' | 'gateway', command: string, args: string[], note?: string }} DeployStep
 * @param {{
 *   env: string,
 *   dryRun?: boolean,
 *   build?: boolean,
 *   outdir?: (part: string) => string,
 *   databases: { database: string, config: string }[],
 *   domainWorkers: { name: string, config: string, dependsOn: string[] }[],
 *   apps: { name: string, config: string }[],
 *   gateway: { name: string, config: string },
 * }} platform
 * @returns {DeployStep[]}
 */
export function deployPlan({
  env,
  dryRun = false,
  build: buildApps = true,
  outdir,
  databases,
  domainWorkers,
  apps,
  gateway,
}) {
  if (!DEPLOY_ENVIRONMENTS.includes(env)) {
    throw new Error(`--env must be one of ${DEPLOY_ENVIRONMENTS.join(', ')} (local is what npm start runs)`)
  }
  const deploy = (part, group, config) => ({
    kind: 'deploy',
    part,
    group,
    command: 'wrangler',
    args: [
      'deploy',
      '-c',
      config,
      '--env',
      env,
      ...(dryRun ? ['--dry-run', ...(outdir ? ['--outdir', outdir(part)] : [])] : []),
    ],
  })
  const build = {
    kind: 'build',
    part: 'apps',
    group: 'apps',
    command: 'pnpm',
    args: ['--filter', './apps/*', 'run', 'build'],
  }
  // A dry run changes nothing anywhere: no migration is applied.
  const migrations = dryRun
    ? []
    : databases.map(({ database, config }) => ({
        kind: 'migrate',
        part: database,
        group: 'databases',
        command: 'wrangler',
        args: ['d1', 'migrations', 'apply', database, '--remote', '-c', config, '--env', env],
      }))
  return [
    ...(buildApps ? [build] : []),
    ...migrations,
    ...orderByBindings(domainWorkers).map((w) => ({
      ...deploy(w.name, 'domain', w.config),
      ...(w.cycle ? { note: `binds to ${w.cycle.join(', ')}, not deployed yet in this run (they bind back)` } : {}),
    })),
    ...apps.map((a) => deploy(a.name, 'apps', a.config)),
    deploy(gateway.name, 'gateway', gateway.config),
  ]
}

/**
 * `--env staging --dry-run` (a bare `--` from `pnpm run deploy -- …` is skipped); `--no-build`
 * deploys the apps' dist/ as it is (a CI job that built them already).
 */
export function parseDeployArgs(argv) {
  const args = argv.filter((a) => a !== '--')
  let env = process.env.CLOUDFLARE_ENV ?? ''
  let dryRun = false
  let build = true
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--dry-run') dryRun = true
    else if (arg === '--no-build') build = false
    else if (arg === '--env' || arg === '-e') env = args[++i] ?? ''
    else if (arg.startsWith('--env=')) env = arg.slice('--env='.length)
    else
      throw new Error(
        `Unknown argument ${arg}: usage: pnpm run deploy -- --env staging|production [--dry-run] [--no-build]`,
      )
  }
  return { env, dryRun, build }
}
