import { LANG_COOKIE, parseLangCookie } from '@platform/ui/locale'
import type { Context } from 'hono'
import type { Locale } from './messages'

/** zh-CN unless the shared `lang` cookie says English (the gateway passes cookies to this API). */
export const localeOf = (c: Context): Locale => parseLangCookie(c.req.header('Cookie')) ?? 'zh-CN'

/**
 * The no-JavaScript language switch of these pages: `?lang=en` stores the shared cookie and
 * comes back to the same page without the parameter. Returns the redirect, or null.
 */
export function switchLanguage(c: Context): Response | null {
  const wanted = c.req.query('lang')
  if (wanted === undefined) return null
  const url = new URL(c.req.url)
  url.searchParams.delete('lang')
  const locale = wanted === 'en' ? 'en' : wanted === 'zh-CN' ? 'zh-CN' : null
  if (locale) c.header('Set-Cookie', `${LANG_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`)
  return c.redirect(`${url.pathname}${url.search}`, 303)
}
