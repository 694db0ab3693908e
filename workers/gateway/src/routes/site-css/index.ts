import { Hono } from 'hono'
import { siteCss } from './site-css'

export const SITE_CSS_PATH = '/_gateway/site.css'

/** The gateway's stylesheet; an hour of caching is plenty for a file this small. */
export const siteCssRoutes = new Hono().get(SITE_CSS_PATH, (c) =>
  c.body(siteCss, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
)
