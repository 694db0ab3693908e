import { describe, expect, it } from 'vitest'
import { labelMatches, pickLabel } from '../src/i18n/label'

const jiaodaokou = { zh: '交道口派出所', en: 'Jiaodaokou Police Station' }

describe('labels of places and people', () => {
  it('shows the Chinese name in zh-CN and the English one in en', () => {
    expect(pickLabel(jiaodaokou, 'zh-CN')).toBe('交道口派出所')
    expect(pickLabel(jiaodaokou, 'en')).toBe('Jiaodaokou Police Station')
  })

  it('falls back to the other language when a translation is empty', () => {
    expect(pickLabel({ zh: '南锣鼓巷社区', en: ' ' }, 'en')).toBe('南锣鼓巷社区')
    expect(pickLabel({ zh: '', en: 'Beixinqiao' }, 'zh-CN')).toBe('Beixinqiao')
  })

  it('finds a place by either name, ignoring case, spaces and full-width letters', () => {
    expect(labelMatches(jiaodaokou, '交道口')).toBe(true)
    expect(labelMatches(jiaodaokou, 'jiao daokou')).toBe(true)
    expect(labelMatches(jiaodaokou, 'ＪＩＡＯ')).toBe(true)
    expect(labelMatches(jiaodaokou, '前门')).toBe(false)
  })

  it('matches everything for an empty search', () => {
    expect(labelMatches(jiaodaokou, '  ')).toBe(true)
  })
})
