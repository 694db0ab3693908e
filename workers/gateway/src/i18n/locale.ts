import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'

/**
 * The platform's two languages. The cookie is the same one the apps read and write (packages/ui
 * i18n: `lang=zh-CN|en`, whole site, one year, SameSite=Lax, readable by JS), so a choice made on
 * the landing page carries into every app and back.
 */
export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'
export const LANG_COOKIE = 'lang'
export const LANG_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60

/** `zh`, `zh-Hans`, `zh-CN` → zh-CN; `en`, `en-GB` → en; anything else → null. */
export function normaliseLocale(value: string | null | undefined): Locale | null {
  if (!value) return null
  const lower = value.trim().toLowerCase()
  if (lower === 'en' || lower.startsWith('en-')) return 'en'
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN'
  return null
}

/** The language of this request: the `lang` cookie, else zh-CN (the platform's default). */
export function localeOf(c: Context): Locale {
  return normaliseLocale(getCookie(c, LANG_COOKIE)) ?? DEFAULT_LOCALE
}
