import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const repoRoot = new URL('../..', import.meta.url).pathname

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

/** The JavaScript a first visit loads: the entry module and what it preloads, read from index.html. */
export function firstLoadJs(app: string): { files: string[]; gzip: number } {
  const dist = join(repoRoot, 'apps', app, 'dist')
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] as string)
  // Vite writes absolute URLs under the app's base (e.g. /qihe/assets/x.js); the file is dist/assets/x.js.
  const files = urls.map((url) => join(dist, url.replace(/^\/[^/]+\//, '')))
  for (const file of files) if (!existsSync(file)) throw new Error(`${app}: ${file} named by index.html is missing`)
  return { files, gzip: files.reduce((sum, f) => sum + gzipBytes(f), 0) }
}

/**
 * The bundle wrangler would upload for a worker, built offline with --dry-run, in one environment
 * (`''`: the top level, what runs locally; `staging`/`production`: scripts/deploy.mjs).
 */
export function workerBundle(config: string, env = ''): { gzip: number } {
  const outdir = mkdtempSync(join(tmpdir(), 'bundle-'))
  execFileSync(
    join(repoRoot, 'node_modules/.bin/wrangler'),
    ['deploy', '--dry-run', '--outdir', outdir, '-c', config, `--env=${env}`],
    {
      cwd: repoRoot,
      stdio: 'pipe',
      env: { ...process.env, WRANGLER_LOG: 'error', WRANGLER_SEND_METRICS: 'false' },
    },
  )
  return { gzip: gzipBytes(join(outdir, 'index.js')) }
}

/**
 * An app worker's dry run (assets only: wrangler reads dist/ and checks the config) and what it
 * would upload: the number of asset files and their bytes.
 */
export function appDryRun(app: string, env = ''): { files: number; bytes: number } {
  const config = join('apps', app, 'wrangler.toml')
  execFileSync(join(repoRoot, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '-c', config, `--env=${env}`], {
    cwd: repoRoot,
    stdio: 'pipe',
    env: { ...process.env, WRANGLER_LOG: 'error', WRANGLER_SEND_METRICS: 'false' },
  })
  const dist = join(repoRoot, 'apps', app, 'dist')
  const files = readdirSync(dist, { recursive: true })
    .map((name) => join(dist, String(name)))
    .filter((path) => statSync(path).isFile())
  return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) }
}
