import { describe, expect, it } from 'vitest'
import { ARTICLE_STATIONS } from '../src'
import { communities, dedicatedOfficers, officers } from './district'

// The branch's figures (article: "20个户籍派出所以及163个社区…148名专职社区民警…66个社区警组").
describe('the district as the article counts it', () => {
  it('has one branch, the Dongcheng Branch', () => {
    expect(communities.branch).toHaveLength(1)
    expect(communities.branch[0]).toMatchObject({ nameZh: '东城分局', nameEn: 'Dongcheng Branch' })
  })

  it('has 20 stations', () => {
    expect(communities.station).toHaveLength(20)
  })

  it('has 163 communities', () => {
    expect(communities.community).toHaveLength(163)
  })

  it('has 148 dedicated officers', () => {
    expect(dedicatedOfficers).toHaveLength(148)
  })

  it('has 66 community police groups', () => {
    expect(officers.policeGroup).toHaveLength(66)
  })

  it('has one grid per dedicated officer: 148 grids', () => {
    expect(communities.grid).toHaveLength(148)
  })

  it('names the seven stations of the article, in Chinese and in pinyin', () => {
    const names = communities.station.map((s) => s.nameZh)
    for (const zh of ARTICLE_STATIONS) expect(names).toContain(`${zh}派出所`)
    for (const s of communities.station) expect(s.nameEn).toMatch(/^[A-Z][a-z]+ Police Station$/)
  })

  it('gives every station a unique code', () => {
    expect(new Set(communities.station.map((s) => s.code)).size).toBe(20)
  })

  it('gives every community a unique name', () => {
    expect(new Set(communities.community.map((c) => c.nameZh)).size).toBe(163)
  })
})
