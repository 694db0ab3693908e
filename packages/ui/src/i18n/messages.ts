import type { Locale } from './locale'

/** One dictionary per locale with the same keys. */
export type Messages<K extends string> = Record<Locale, Record<K, string>>
export type MessageKey<M> = M extends Messages<infer K> ? K : never
export type MessageParams = Record<string, string | number>

/**
 * zh-CN is written first and is the source of the keys; the English dictionary must have exactly
 * the same keys, so a missing or misspelt translation is a type error, not a blank on screen.
 */
export function defineMessages<const Zh extends Record<string, string>>(
  zh: Zh,
  en: { [K in keyof Zh]: string },
): Messages<keyof Zh & string> {
  return { 'zh-CN': zh, en }
}

/** Several bundles as one (an app merges the shared ones with its own); later keys win. */
export function mergeMessages<B extends Messages<string>[]>(...bundles: B): Messages<MessageKey<B[number]>> {
  const zh: Record<string, string> = {}
  const en: Record<string, string> = {}
  for (const bundle of bundles) {
    Object.assign(zh, bundle['zh-CN'])
    Object.assign(en, bundle.en)
  }
  return { 'zh-CN': zh, en } as Messages<MessageKey<B[number]>>
}
