// Names each app build: a content hash of everything the build emits (file names and bytes), so
// the same sources give the same id and any change gives a new one. Written three ways:
// - `dist/_headers`: the asset worker sends `X-App-Version: <id>` with every file and page
//   (Workers static assets read this file; it is not served), which the gateway passes on and
//   writes in its request log as `upstreamVersion`;
// - `dist/version.json`: `{ "buildId": "<id>" }`, for scripts and people;
// - `<meta name="app-version">` in index.html, so a saved page still says which build it was.
// Used by each app's vite.config.ts. Plain ESM with no dependencies (Vite bundles the config).
import { createHash } from 'node:crypto'

export const BUILD_ID_HEADER = 'X-App-Version'

/** The id of a build: the first 16 hex digits of SHA-256 over its sorted file names and contents. */
export function buildIdOf(files) {
  const hash = createHash('sha256')
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(name).update('\0').update(content).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

export function appBuildId() {
  return {
    name: 'platform-app-build-id',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).map((item) => [
        item.fileName,
        item.type === 'chunk' ? item.code : item.source,
      ])
      const id = buildIdOf(files)
      const html = bundle['index.html']
      if (html?.type === 'asset') {
        html.source = String(html.source).replace('</head>', `  <meta name="app-version" content="${id}" />\n  </head>`)
      }
      this.emitFile({ type: 'asset', fileName: 'version.json', source: `${JSON.stringify({ buildId: id })}\n` })
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n  ${BUILD_ID_HEADER}: ${id}\n` })
    },
  }
}
