import { Hono } from 'hono'

const app = new Hono<{ Bindings: any }>()
app.get('/api/public/district', async (c) => c.json({ n: await c.env.OFFICERS.counts() }))
app.all('/api/officers/*', (c) => c.env.OFFICERS.fetch(c.req.raw))
app.all('/qihe/*', (c) => {
  const u = new URL(c.req.url)
  u.pathname = u.pathname.slice(5)
  return c.env.QIHE_INTAKE.fetch(new Request(u, c.req.raw))
})
export default app
