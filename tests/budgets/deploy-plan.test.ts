import { describe, expect, it } from 'vitest'
// @ts-expect-error plain Node module without types (scripts/ runs before anything is installed)
import { deployPlan, orderByBindings, parseDeployArgs } from '../../scripts/lib/deploy-plan.mjs'
// @ts-expect-error plain Node module without types
import { deployParts, tomlTables } from '../../scripts/lib/platform-parts.mjs'

type Step = { kind: string; part: string; group: string; args: string[]; note?: string }
type Worker = { name: string; dependsOn: string[] }

const platform = {
  databases: [
    { database: 'identity-staging', config: 'wrangler.toml' },
    { database: 'officers-staging', config: 'workers/officers/wrangler.toml' },
  ],
  domainWorkers: [
    { name: 'disputes', config: 'workers/disputes/wrangler.toml', dependsOn: ['officers', 'communities'] },
    { name: 'officers', config: 'workers/officers/wrangler.toml', dependsOn: [] },
    { name: 'communities', config: 'workers/communities/wrangler.toml', dependsOn: [] },
  ],
  apps: [{ name: 'qihe-intake', config: 'apps/qihe-intake/wrangler.toml' }],
  gateway: { name: 'gateway', config: 'wrangler.toml' },
}
const order = (steps: Step[]) => steps.map((s) => `${s.kind} ${s.part}`)

describe('a deploy goes migrations first, then domain workers, apps, and the gateway last', () => {
  it('deploys in that order, each worker after the workers it binds to', () => {
    expect(order(deployPlan({ env: 'staging', ...platform }))).toEqual([
      'build apps',
      'migrate identity-staging',
      'migrate officers-staging',
      'deploy officers',
      'deploy communities',
      'deploy disputes',
      'deploy qihe-intake',
      'deploy gateway',
    ])
  })

  it('applies migrations to the remote database of the chosen environment', () => {
    const migrate = deployPlan({ env: 'production', ...platform }).find((s: Step) => s.kind === 'migrate')
    expect(migrate.args).toEqual([
      'd1',
      'migrations',
      'apply',
      'identity-staging',
      '--remote',
      '-c',
      'wrangler.toml',
      '--env',
      'production',
    ])
  })

  it('a dry run applies no migration and deploys every part with --dry-run into its own folder', () => {
    const steps: Step[] = deployPlan({
      env: 'staging',
      dryRun: true,
      outdir: (p: string) => `/tmp/x/${p}`,
      ...platform,
    })
    expect(steps.some((s) => s.kind === 'migrate')).toBe(false)
    const deploys = steps.filter((s) => s.kind === 'deploy')
    expect(deploys).toHaveLength(5)
    for (const s of deploys)
      expect(s.args).toEqual(expect.arrayContaining(['--env', 'staging', '--dry-run', '--outdir', `/tmp/x/${s.part}`]))
  })

  it('skips the app build with --no-build (the apps were built already)', () => {
    expect(order(deployPlan({ env: 'staging', build: false, ...platform }))[0]).toBe('migrate identity-staging')
  })

  it.each([[''], ['local'], ['prod'], ['Staging']])('refuses the environment %j', (env) => {
    expect(() => deployPlan({ env, ...platform })).toThrow(/--env must be one of staging, production/)
  })
})

describe('workers that bind to each other still get an order', () => {
  it.each<[string, Worker[], string[], string[]]>([
    [
      'no bindings keep the given order',
      [
        { name: 'a', dependsOn: [] },
        { name: 'b', dependsOn: [] },
      ],
      ['a', 'b'],
      [],
    ],
    [
      'a chain goes target first',
      [
        { name: 'a', dependsOn: ['b'] },
        { name: 'b', dependsOn: ['c'] },
        { name: 'c', dependsOn: [] },
      ],
      ['c', 'b', 'a'],
      [],
    ],
    ['a binding outside the domain workers does not wait', [{ name: 'a', dependsOn: ['gateway'] }], ['a'], []],
    [
      'a cycle is broken by the worker with the fewest peers to come, and marked',
      [
        { name: 'x', dependsOn: ['a', 'b'] },
        { name: 'a', dependsOn: ['b'] },
        { name: 'b', dependsOn: ['a'] },
      ],
      ['a', 'b', 'x'],
      ['a'],
    ],
  ])('%s', (_, workers, expected, marked) => {
    const ordered = orderByBindings(workers) as (Worker & { cycle?: string[] })[]
    expect(ordered.map((w) => w.name)).toEqual(expected)
    expect(ordered.filter((w) => w.cycle).map((w) => w.name)).toEqual(marked)
  })
})

describe('the deploy command line', () => {
  it.each<[string[], { env: string; dryRun: boolean; build: boolean }]>([
    [['--', '--env', 'staging'], { env: 'staging', dryRun: false, build: true }],
    [['--env=production', '--dry-run'], { env: 'production', dryRun: true, build: true }],
    [['-e', 'staging', '--dry-run', '--no-build'], { env: 'staging', dryRun: true, build: false }],
  ])('%j', (argv, expected) => {
    expect(parseDeployArgs(argv)).toEqual(expected)
  })

  it('refuses an unknown flag', () => {
    expect(() => parseDeployArgs(['--force'])).toThrow(/Unknown argument --force/)
  })
})

describe('every environment of every wrangler.toml repeats the top level bindings (they are not inherited)', () => {
  const parts = deployParts('staging')
  const configs: string[] = [
    parts.gateway.config,
    ...parts.domainWorkers.map((w: { config: string }) => w.config),
    ...parts.apps.map((a: { config: string }) => a.config),
  ]
  const kinds = [
    'd1_databases',
    'services',
    'ratelimits',
    'r2_buckets',
    'version_metadata',
    'secrets',
    'kv_namespaces',
    'queues.producers',
  ]
  const bindingsOf = (tables: { header: string; lines: string[] }[], prefix: string) =>
    tables
      .filter((t) => kinds.some((k) => t.header === `${prefix}${k}`))
      .map((t) => {
        const value = (key: string) =>
          t.lines.map((l) => l.match(new RegExp(`^\\s*${key}\\s*=\\s*"([^"]+)"`))?.[1]).find(Boolean)
        return `${t.header.slice(prefix.length)} ${value('binding') ?? value('name') ?? ''} ${value('service') ?? ''}`.trim()
      })
      .sort()

  it.each(configs.flatMap((config) => ['staging', 'production'].map((env) => [config, env])))(
    '%s [env.%s]',
    (config, env) => {
      const tables = tomlTables(config)
      expect(
        tables.some((t: { header: string }) => t.header === `env.${env}`),
        `${config} has no [env.${env}]`,
      ).toBe(true)
      const top = bindingsOf(tables, '').map((b) => b.replace(/^(services \S+ )(\S+)$/, `$1$2-${env}`))
      expect(bindingsOf(tables, `env.${env}.`)).toEqual(top)
    },
  )
})
