import { WorkerEntrypoint } from 'cloudflare:workers'
import { Hono } from 'hono'

type Env = { DB: D1Database }
const app = new Hono<{ Bindings: Env }>()
app.get('/api/officers/health', async (c) =>
  c.json({ ok: await c.env.DB.prepare('select count(*) n from station').first() }),
)
export default class extends WorkerEntrypoint<Env> {
  fetch(req: Request) {
    return app.fetch(req, this.env, this.ctx)
  }
  async counts() {
    return (await this.env.DB.prepare('select count(*) as n from station').first<{ n: number }>())!.n
  }
}
