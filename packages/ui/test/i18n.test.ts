import { describe, expect, it } from 'vitest'
import { defineMessages, mergeMessages } from '../src/i18n/messages'
import { commonMessages } from '../src/i18n/messages/common'
import { translate } from '../src/i18n/translate'

const messages = defineMessages(
  { greeting: '你好，{name}', 'station.count': '{count} 个派出所' },
  { greeting: 'Hello, {name}', 'station.count': '{count} stations' },
)

describe('translate', () => {
  it('shows zh-CN text by default and English when English is chosen', () => {
    expect(translate(messages, 'zh-CN', 'station.count', { count: 20 })).toBe('20 个派出所')
    expect(translate(messages, 'en', 'station.count', { count: 20 })).toBe('20 stations')
  })

  it('falls back to zh-CN when an English string is missing at run time', () => {
    const partial = { 'zh-CN': { greeting: '你好' }, en: {} } as unknown as typeof messages
    expect(translate(partial, 'en', 'greeting')).toBe('你好')
  })

  it('shows the key itself when no language has it, so the gap is visible', () => {
    const empty = { 'zh-CN': {}, en: {} } as unknown as typeof messages
    expect(translate(empty, 'en', 'greeting')).toBe('greeting')
  })

  it('leaves a placeholder without a value as written', () => {
    expect(translate(messages, 'en', 'greeting', {})).toBe('Hello, {name}')
  })

  it('rejects an English dictionary that misses a key (compile time)', () => {
    // @ts-expect-error the English dictionary lacks 'b'
    defineMessages({ a: '甲', b: '乙' }, { a: 'A' })
    // @ts-expect-error the English dictionary has a key zh-CN does not
    defineMessages({ a: '甲' }, { a: 'A', c: 'C' })
  })

  it('merges bundles so an app sees the shared keys and its own', () => {
    const merged = mergeMessages(commonMessages, messages)
    expect(translate(merged, 'en', 'error.retry')).toBe('Try again')
    expect(translate(merged, 'zh-CN', 'greeting', { name: '张三' })).toBe('你好，张三')
  })
})
