import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

type Page = Parameters<Context['html']>[0]

/** Sends a server-rendered page as UTF-8 HTML (the security middleware adds CSP and no-cache). */
export function renderPage(c: Context, page: Page, status: ContentfulStatusCode = 200) {
  return c.html(page, status)
}
