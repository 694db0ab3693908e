import { Hono } from 'hono'

// The least a Hono worker can do under wrangler dev: the runtime's own cost per request.
const app = new Hono()
app.get('/', (c) => c.json({ hello: 'world' }))

export default app
