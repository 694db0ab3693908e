import type { OfficerDraft } from './officers'
import type { Rng } from './prng'
import type { Row } from './tables'

// Officer profiles whose district figures match the article, over the 148 dedicated officers:
// "调整48名年轻业务骨干为专职社区民警，全局专职社区民警平均年龄由43岁下降至39.8岁，本科学历占比达到83%".
// Ages count as of PROFILE_YEAR. The 48 young backbone officers came into post when the reform
// went through (2024-08/09, so fewer than 5 years in post); the others have served 5 years or
// more (the "at least 5 years in post" rule). In 东四 the A's are seniors and the B's young.

type OfficerRow = Row<'officers', 'officer'>

export const PROFILE_YEAR = 2026
export const PROFILE_TARGETS = { averageAge: 39.8, bachelorShare: 0.83, youngBackbone: 48 }

/** Age ranges by kind of officer; the seasoned range is what the average is tuned inside. */
const AGES = {
  young: [27, 35],
  seasoned: [36, 55],
  senior: [48, 55],
  youngB: [24, 30],
  deputyHead: [40, 48],
  sergeant: [35, 45],
  otherB: [25, 48],
} as const

/** Stations that piloted the reform in 2024-08 (article: 北新桥 and 前门). */
const PILOTS = new Set(['beixinqiao', 'qianmen'])

const pad = (n: number) => String(n).padStart(2, '0')
const date = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
const between = (rng: Rng, [min, max]: readonly [number, number]) => rng.int(min, max)

type Profile = Pick<OfficerRow, 'education' | 'inPostSince'> & { age: number }

/** Moves seasoned ages one year at a time until the dedicated officers' sum hits the target. */
function tuneAges(rng: Rng, ages: Map<OfficerDraft, number>, adjustable: OfficerDraft[], target: number) {
  let diff = target - [...ages.values()].reduce((s, a) => s + a, 0)
  const [min, max] = AGES.seasoned
  for (let guard = 0; diff !== 0; guard++) {
    if (guard > 100_000) throw new Error(`cannot reach the average age: ${diff} years off`)
    const officer = rng.pick(adjustable)
    const age = (ages.get(officer) as number) + Math.sign(diff)
    if (age < min || age > max) continue
    ages.set(officer, age)
    diff -= Math.sign(diff)
  }
}

function dedicatedProfiles(rng: Rng, dedicated: OfficerDraft[]): Map<OfficerDraft, Profile> {
  const seniors = dedicated.filter((o) => o.seat.station.spec.mentoring)
  const others = rng.shuffle(dedicated.filter((o) => !o.seat.station.spec.mentoring))
  const young = others.slice(0, PROFILE_TARGETS.youngBackbone)
  const seasoned = others.slice(PROFILE_TARGETS.youngBackbone)
  const youngSet = new Set(young)

  const ages = new Map<OfficerDraft, number>()
  for (const o of young) ages.set(o, between(rng, AGES.young))
  for (const o of seniors) ages.set(o, between(rng, AGES.senior))
  // Drawn a little young, then tuned up or down inside AGES.seasoned to hit the average exactly.
  for (const o of seasoned) ages.set(o, between(rng, [AGES.seasoned[0], 52]))
  tuneAges(rng, ages, seasoned, Math.round(PROFILE_TARGETS.averageAge * dedicated.length))

  // Exactly round(83 % of 148) = 123 with a bachelor's degree or higher: all the young, and
  // enough of the longer-serving officers; a few of each hold a master's.
  const below = dedicated.length - Math.round(PROFILE_TARGETS.bachelorShare * dedicated.length)
  const education = new Map<OfficerDraft, OfficerRow['education']>()
  for (const [i, o] of rng.shuffle(young).entries()) education.set(o, i < 6 ? 'master' : 'bachelor')
  for (const [i, o] of rng.shuffle([...seasoned, ...seniors]).entries()) {
    const lower = i % 3 === 0 ? 'secondary' : 'associate'
    education.set(o, i < below ? lower : i < below + 5 ? 'master' : 'bachelor')
  }

  const profiles = new Map<OfficerDraft, Profile>()
  for (const o of dedicated) {
    const age = ages.get(o) as number
    let inPostSince: string
    if (youngSet.has(o)) {
      const pilot = PILOTS.has(o.seat.station.spec.code)
      inPostSince = pilot ? date(2024, 8, rng.int(1, 28)) : date(2024, rng.int(8, 9), rng.int(1, 28))
    } else {
      // Seniors have served longest; the others came into post at 24 at the earliest, by 2021.
      const [from, to] = o.seat.station.spec.mentoring ? [2006, 2014] : [Math.max(2006, PROFILE_YEAR - age + 24), 2021]
      inPostSince = date(rng.int(from, to), rng.int(1, 12), rng.int(1, 28))
    }
    profiles.set(o, { age, education: education.get(o) as OfficerRow['education'], inPostSince })
  }
  return profiles
}

function backupProfile(rng: Rng, o: OfficerDraft): Profile {
  const { seat } = o
  const range = seat.leader ? AGES[seat.leader] : seat.station.spec.mentoring ? AGES.youngB : AGES.otherB
  const age = between(rng, range)
  const roll = rng.next()
  const education = roll < 0.08 ? 'master' : roll < 0.88 ? 'bachelor' : 'associate'
  const firstYear = Math.max(2012, PROFILE_YEAR - age + 23)
  return { age, education, inPostSince: date(rng.int(firstYear, 2025), rng.int(1, 12), rng.int(1, 28)) }
}

export function assignProfiles(rng: Rng, drafts: readonly OfficerDraft[]): OfficerRow[] {
  const dedicated = dedicatedProfiles(
    rng,
    drafts.filter((o) => o.dedicated),
  )
  return drafts.map((o) => {
    const { seat: _seat, ...row } = o
    const { age, ...profile } = dedicated.get(o) ?? backupProfile(rng, o)
    return { ...row, birthYear: PROFILE_YEAR - age, ...profile }
  })
}
