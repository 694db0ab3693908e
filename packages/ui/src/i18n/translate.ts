import { DEFAULT_LOCALE, type Locale } from './locale'
import type { MessageParams, Messages } from './messages'

const PLACEHOLDER = /\{(\w+)\}/g

/**
 * Looks a key up in the chosen language, then in zh-CN (an older cached bundle may lack a new
 * English string), then shows the key itself so a gap is visible instead of an empty element.
 * `{name}` placeholders are replaced from `params`; unknown placeholders are left as written.
 */
export function translate<K extends string>(
  messages: Messages<K>,
  locale: Locale,
  key: K,
  params?: MessageParams,
): string {
  const template = messages[locale]?.[key] ?? messages[DEFAULT_LOCALE]?.[key] ?? key
  if (!params) return template
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}
