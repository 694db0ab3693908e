import { describe, expect, it } from 'vitest'
import { PROFILE_YEAR } from '../src'
import { ageOf, average, dedicatedOfficers, officers } from './district'

// "全局专职社区民警平均年龄由43岁下降至39.8岁，本科学历占比达到83%" (ages as of 2026).
const yearsInPost = (since: string) => PROFILE_YEAR - Number(since.slice(0, 4))

describe('officer profiles', () => {
  it('gives the 148 dedicated officers an average age of 39.8 ± 0.3', () => {
    const averageAge = average(dedicatedOfficers.map((o) => ageOf(o, PROFILE_YEAR)))
    expect(Math.abs(averageAge - 39.8)).toBeLessThanOrEqual(0.3)
  })

  it('gives 83 % ± 1 of the dedicated officers a bachelor’s degree or higher', () => {
    const graduates = dedicatedOfficers.filter((o) => o.education === 'bachelor' || o.education === 'master')
    expect(Math.abs(graduates.length / dedicatedOfficers.length - 0.83)).toBeLessThanOrEqual(0.01)
  })

  it('brought 48 young backbone officers into post with the reform (2024-08/09)', () => {
    const reform = dedicatedOfficers.filter((o) => /^2024-0[89]-/.test(o.inPostSince))
    expect(reform).toHaveLength(48)
    expect(Math.max(...reform.map((o) => ageOf(o, PROFILE_YEAR)))).toBeLessThanOrEqual(35)
  })

  it('has the other dedicated officers in post for 5 years or more', () => {
    const others = dedicatedOfficers.filter((o) => !o.inPostSince.startsWith('2024-'))
    expect(others).toHaveLength(100)
    for (const o of others) expect(yearsInPost(o.inPostSince)).toBeGreaterThanOrEqual(5)
  })

  it('keeps every profile plausible: of working age, in post after turning 22, dates valid', () => {
    for (const o of officers.officer) {
      const age = ageOf(o, PROFILE_YEAR)
      expect(age).toBeGreaterThanOrEqual(22)
      expect(age).toBeLessThanOrEqual(59)
      expect(o.inPostSince).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/)
      expect(Number(o.inPostSince.slice(0, 4)) - o.birthYear).toBeGreaterThanOrEqual(22)
      expect(o.inPostSince < `${PROFILE_YEAR}-01-01`).toBe(true)
    }
  })
})
