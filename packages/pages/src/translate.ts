import { translate } from '@platform/ui/translate'
import { type PageMessageKey, pageMessages } from './messages'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export type PageTranslate = (key: PageMessageKey, params?: Record<string, string | number>) => string

export const pageTranslator =
  (locale: Locale): PageTranslate =>
  (key, params) =>
    translate(pageMessages, locale, key, params)
