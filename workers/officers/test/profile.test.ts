import type { RosterOfficer } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { officerProfile, shanghaiDate } from '../src/routes/roster/profile'

type Facts = Pick<RosterOfficer, 'birthYear' | 'education' | 'inPostSince'>
const officer = (birthYear: number, education: Facts['education'], inPostSince: string): Facts => ({
  birthYear,
  education,
  inPostSince,
})

describe('officer profile', () => {
  it('counts age as the current year minus the birth year, averaged to one decimal', () => {
    // 41, 38 and 36 years: 38.33…
    const profile = officerProfile(
      [
        officer(1985, 'bachelor', '2020-01-01'),
        officer(1988, 'bachelor', '2020-01-01'),
        officer(1990, 'bachelor', '2020-01-01'),
      ],
      '2026-06-30',
    )
    expect(profile.averageAge).toBe(38.3)
  })

  it.each([
    { educations: ['bachelor', 'master', 'associate', 'secondary'] as const, share: 0.5 },
    { educations: ['master', 'master', 'bachelor'] as const, share: 1 },
    { educations: ['associate', 'secondary', 'bachelor'] as const, share: 0.333 },
  ])('counts a master as having a bachelor degree ($educations → $share)', ({ educations, share }) => {
    const profile = officerProfile(
      educations.map((education) => officer(1990, education, '2020-01-01')),
      '2026-01-01',
    )
    expect(profile.bachelorShare).toBe(share)
  })

  it('averages the years in post up to today', () => {
    const profile = officerProfile(
      [officer(1990, 'bachelor', '2016-11-28'), officer(1990, 'bachelor', '2022-11-28')],
      '2026-11-28',
    )
    expect(profile.averageYearsInPost).toBe(7)
  })

  it('reports zeros rather than NaN for a station without officers', () => {
    expect(officerProfile([], '2026-11-28')).toEqual({
      officers: 0,
      averageAge: 0,
      bachelorShare: 0,
      averageYearsInPost: 0,
    })
  })
})

describe('dates in Asia/Shanghai', () => {
  it.each([
    { instant: '2026-12-31T15:59:59Z', date: '2026-12-31' },
    { instant: '2026-12-31T16:00:00Z', date: '2027-01-01' },
    { instant: '2026-06-15T03:00:00Z', date: '2026-06-15' },
  ])('$instant is $date in the branch', ({ instant, date }) => {
    expect(shanghaiDate(new Date(instant))).toBe(date)
  })
})
