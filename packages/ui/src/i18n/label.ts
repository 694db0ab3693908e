import type { Label } from '@platform/contracts'
import type { Locale } from './locale'

/** Picks the label of a place or person for the locale; an empty translation falls back to the other one. */
export function pickLabel(label: Label, locale: Locale): string {
  const wanted = locale === 'en' ? label.en : label.zh
  if (wanted.trim() !== '') return wanted
  return locale === 'en' ? label.zh : label.en
}

/** Case- and width-insensitive search over both labels, so 交道口 and "jiaodaokou" both match. */
export function labelMatches(label: Label, query: string): boolean {
  const needle = normaliseForSearch(query)
  if (needle === '') return true
  return normaliseForSearch(label.zh).includes(needle) || normaliseForSearch(label.en).includes(needle)
}

function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}
