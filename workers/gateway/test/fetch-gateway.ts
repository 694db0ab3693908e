import { exports } from 'cloudflare:workers'

/** A request to the gateway as deployed (root wrangler.toml, production mount table). */
export const fetchGateway = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(new URL(path, 'http://127.0.0.1:8787'), init))
