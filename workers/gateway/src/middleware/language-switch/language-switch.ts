import type { MiddlewareHandler } from 'hono'
import { setCookie } from 'hono/cookie'
import { LANG_COOKIE, LANG_COOKIE_MAX_AGE_SECONDS, normaliseLocale } from '../../i18n'

export type LanguageSwitchOptions = {
  queryName?: string
  cookieName?: string
  maxAgeSeconds?: number
}

/**
 * The language switch that works without JavaScript: `?lang=en` (or `zh-CN`) stores the choice
 * in the cookie the apps share and redirects to the same page without the parameter, so the
 * address a person copies or reloads stays clean. An unknown value is dropped, not stored.
 */
export const languageSwitch = (options: LanguageSwitchOptions = {}): MiddlewareHandler => {
  const { queryName = 'lang', cookieName = LANG_COOKIE, maxAgeSeconds = LANG_COOKIE_MAX_AGE_SECONDS } = options
  return async function languageSwitch(c, next) {
    const wanted = c.req.query(queryName)
    if (wanted === undefined) return next()
    const url = new URL(c.req.url)
    url.searchParams.delete(queryName)
    const locale = normaliseLocale(wanted)
    if (locale) {
      // Not HttpOnly: the apps switch language in the browser and read the same cookie.
      setCookie(c, cookieName, locale, {
        path: '/',
        maxAge: maxAgeSeconds,
        sameSite: 'Lax',
        secure: url.protocol === 'https:',
      })
    }
    return c.redirect(`${url.pathname}${url.search}`, 303)
  }
}
