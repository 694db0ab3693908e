import type { Locale } from './locale'
import { type MessageKey, messages } from './messages'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** A translator bound to one language; `{name}` placeholders are filled from `params`. */
export function translator(locale: Locale): Translate {
  const dictionary = messages[locale]
  return (key, params) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    )
}
