import type { Label } from '@platform/contracts'
import { createSignal } from 'solid-js'
import { pickLabel } from './label'
import { DEFAULT_LOCALE, type Locale, parseLangCookie, serializeLangCookie } from './locale'
import type { MessageParams, Messages } from './messages'
import { translate } from './translate'

const inBrowser = typeof document !== 'undefined'

// One language for the whole page: every translator reads this signal, so a switch re-renders all text.
const [locale, setLocaleSignal] = createSignal<Locale>(
  (inBrowser ? parseLangCookie(document.cookie) : null) ?? DEFAULT_LOCALE,
)

function applyToDocument(next: Locale): void {
  if (!inBrowser) return
  // Screen readers pick their voice from <html lang>; it must follow the switch.
  document.documentElement.lang = next
}

applyToDocument(locale())

/** Switches language, remembers it in the shared `lang` cookie and updates `<html lang>`. */
export function setLocale(next: Locale): void {
  setLocaleSignal(next)
  applyToDocument(next)
  if (!inBrowser) return
  // biome-ignore lint/suspicious/noDocumentCookie: built and tested by serializeLangCookie; the Cookie Store API is not in every browser citizens use
  document.cookie = serializeLangCookie(next, { secure: location.protocol === 'https:' })
}

/** Reactive label of a place or person (`{ zh, en }` from the API). */
export function label(value: Label): string {
  return pickLabel(value, locale())
}

export type Translator<K extends string> = (key: K, params?: MessageParams) => string

/** A typed `t()` over an app's messages: only keys that exist in both languages compile. */
export function createTranslator<K extends string>(messages: Messages<K>): Translator<K> {
  return (key, params) => translate(messages, locale(), key, params)
}

export function useI18n() {
  return { locale, setLocale, label }
}

export { locale }
