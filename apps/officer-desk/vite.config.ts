import { defineConfig } from 'vite'
import solid from 'vite-plugin-solid'
import { appBuildId } from '../../scripts/vite/app-build-id.mjs'

// The gateway mounts this app at /desk/ (prefix stripped before it reaches the asset worker),
// so every built asset URL must carry the prefix.
export default defineConfig({
  base: '/desk/',
  // appBuildId: the build's content hash as X-App-Version (dist/_headers), version.json and a meta tag.
  plugins: [solid(), appBuildId()],
  resolve: { dedupe: ['solid-js'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser that runs ES2022 modules supports modulepreload: the polyfill is dead weight.
    modulePreload: { polyfill: false },
  },
  // `pnpm dev` against a running platform (npm start) on the usual port.
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
})
