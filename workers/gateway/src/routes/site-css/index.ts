import { SHELL_CSS_PATH, SITE_CSS_PATH, shellCss } from '@platform/pages'
import { Hono } from 'hono'
import { siteCss } from './site-css'

export { SITE_CSS_PATH }

const css = (body: string) => ({
  body,
  headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
})
const site = css(siteCss)
const shell = css(shellCss)

/**
 * The gateway's stylesheets: its own pages' (`site.css`) and the platform header's (`shell.css`,
 * also linked into every app page by the shared shell); an hour of caching is plenty for files this small.
 */
export const siteCssRoutes = new Hono()
  .get(SITE_CSS_PATH, (c) => c.body(site.body, 200, site.headers))
  .get(SHELL_CSS_PATH, (c) => c.body(shell.body, 200, shell.headers))
