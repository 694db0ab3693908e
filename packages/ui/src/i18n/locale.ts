/** The two languages of the platform; zh-CN is the default everywhere (architecture.md, "i18n"). */
export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

/**
 * The cookie the apps and the gateway's landing page share. It stays readable by JS (no HttpOnly)
 * because the apps switch language without a round trip.
 */
export const LANG_COOKIE = 'lang'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/** Maps whatever a cookie or browser says to one of our locales: `zh`, `zh-Hans`… → zh-CN, `en-GB`… → en. */
export function normaliseLocale(value: string | null | undefined): Locale | null {
  if (!value) return null
  const lower = value.trim().toLowerCase()
  if (lower === 'en' || lower.startsWith('en-')) return 'en'
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN'
  return null
}

/** Reads `lang` out of a `document.cookie` / `Cookie` header string; null when absent or unknown. */
export function parseLangCookie(cookieHeader: string | null | undefined): Locale | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() !== LANG_COOKIE) continue
    const raw = part.slice(eq + 1).trim()
    try {
      return normaliseLocale(decodeURIComponent(raw))
    } catch {
      return null
    }
  }
  return null
}

/** The `document.cookie` assignment for a chosen language: whole site, one year, Lax. */
export function serializeLangCookie(locale: Locale, options: { secure: boolean }): string {
  const parts = [`${LANG_COOKIE}=${locale}`, 'Path=/', `Max-Age=${ONE_YEAR_SECONDS}`, 'SameSite=Lax']
  if (options.secure) parts.push('Secure')
  return parts.join('; ')
}

/** Each language named in itself, so a reader finds their own language whatever is on screen. */
export const LOCALE_ENDONYMS: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }
