import { WorkerEntrypoint } from 'cloudflare:workers'

// A worker that throws on every call, with internals in the message that must never reach a client.
const explode = () => {
  throw new Error('stub exploded in /srv/internal/secret-module.js:42')
}

export default class ThrowingStub extends WorkerEntrypoint {
  async fetch() {
    explode()
  }

  async placeCounts() {
    explode()
  }

  async forceCounts() {
    explode()
  }
}
