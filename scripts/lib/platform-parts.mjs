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
