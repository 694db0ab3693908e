// What the platform is made of, read from the repository itself: every folder with a
// wrangler.toml is a worker, and a worker with a D1 database names it there. One source.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './run.mjs'

function configsUnder(folder) {
  const dir = join(root, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .map((name) => join(folder, name, 'wrangler.toml'))
    .filter((path) => existsSync(join(root, path)))
}

const domainConfigs = () => configsUnder('workers')

/** Every D1 database of the platform with the config whose migrations_dir targets it (gateway's identity first). */
export function databases() {
  return ['wrangler.toml', ...domainConfigs()].flatMap((config) => {
    const toml = readFileSync(join(root, config), 'utf8')
    const database = toml.match(/database_name\s*=\s*"([^"]+)"/)?.[1]
    return database ? [{ config, database }] : []
  })
}

export const appConfigs = () => configsUnder('apps')

/** The gateway first: wrangler dev serves the first config on the port. */
export const allConfigs = () => ['wrangler.toml', ...domainConfigs(), ...appConfigs()]

/** `[[env.<env>.d1_databases]]` → `env.<env>.d1_databases`: each table header of a wrangler.toml with its lines. */
export function tomlTables(config) {
  const tables = [{ header: '', lines: [] }]
  for (const line of readFileSync(join(root, config), 'utf8').split('\n')) {
    const header = line.match(/^\s*\[\[?([^\]]+)\]\]?\s*$/)
    if (header) tables.push({ header: header[1].trim(), lines: [] })
    else tables.at(-1).lines.push(line)
  }
  return tables
}

const tomlValue = (lines, key) =>
  lines.map((l) => l.match(new RegExp(`^\\s*${key}\\s*=\\s*"([^"]+)"`))?.[1]).find(Boolean)

/** The worker name a config deploys under (before wrangler adds `-<env>`). */
const nameOf = (config) => tomlValue(tomlTables(config)[0].lines, 'name')

/**
 * What `pnpm run deploy` deploys in one environment, read from the wrangler.toml files: each
 * database under its environment name, each domain worker with the workers it binds to, the
 * apps and the gateway (the root config).
 */
export function deployParts(env) {
  const databases = ['wrangler.toml', ...domainConfigs()].flatMap((config) =>
    tomlTables(config)
      .filter((t) => t.header === `env.${env}.d1_databases`)
      .map((t) => ({ config, database: tomlValue(t.lines, 'database_name') })),
  )
  const domainWorkers = domainConfigs().map((config) => ({
    name: nameOf(config),
    config,
    dependsOn: tomlTables(config)
      .filter((t) => t.header === 'services')
      .map((t) => tomlValue(t.lines, 'service')),
  }))
  const apps = appConfigs().map((config) => ({ name: nameOf(config), config }))
  return { databases, domainWorkers, apps, gateway: { name: nameOf('wrangler.toml'), config: 'wrangler.toml' } }
}
