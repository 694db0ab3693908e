import type { Label } from './names'
import type { Row } from './tables'

// The Qihe Station (祈和驿站, opened 2025-07-24) is staffed by police, procuratorate, court and
// justice bureau ("依托公检法司等多元主体的联动") under three arrangements: resident, rotating
// and on call ("常驻制+轮驻制+随驻制").

type StaffRow = Row<'disputes', 'qiheStaff'>
// Rotating members come on set weekdays (1 Monday … 7 Sunday); resident ones every working day.
type Post = {
  agency: StaffRow['agency']
  arrangement: StaffRow['arrangement']
  position: Label
  count: number
  weekdays?: string
}

const POSTS: readonly Post[] = [
  { agency: 'police', arrangement: 'resident', position: { zh: '驿站负责人', en: 'Head of the station' }, count: 1 },
  { agency: 'police', arrangement: 'resident', position: { zh: '驻站民警', en: 'Resident police officer' }, count: 2 },
  {
    agency: 'police',
    arrangement: 'rotating',
    position: { zh: '轮驻社区民警', en: 'Community officer on rotation' },
    count: 2,
    weekdays: '1,3,5',
  },
  {
    agency: 'procuratorate',
    arrangement: 'rotating',
    position: { zh: '检察官', en: 'Prosecutor' },
    count: 1,
    weekdays: '2',
  },
  {
    agency: 'procuratorate',
    arrangement: 'on_call',
    position: { zh: '检察官助理', en: 'Assistant prosecutor' },
    count: 1,
  },
  { agency: 'court', arrangement: 'rotating', position: { zh: '法官', en: 'Judge' }, count: 1, weekdays: '3' },
  { agency: 'court', arrangement: 'on_call', position: { zh: '法官助理', en: "Judge's assistant" }, count: 1 },
  {
    agency: 'justice_bureau',
    arrangement: 'resident',
    position: { zh: '人民调解员', en: "People's mediator" },
    count: 2,
  },
  {
    agency: 'justice_bureau',
    arrangement: 'rotating',
    position: { zh: '司法所干部', en: 'Judicial office officer' },
    count: 1,
    weekdays: '2,4',
  },
  { agency: 'justice_bureau', arrangement: 'on_call', position: { zh: '公益律师', en: 'Pro bono lawyer' }, count: 1 },
]

export function generateQiheStaff(newId: () => string, nextName: () => Label): StaffRow[] {
  return POSTS.flatMap((post) =>
    Array.from({ length: post.count }, () => {
      const name = nextName()
      return {
        id: newId(),
        nameZh: name.zh,
        nameEn: name.en,
        agency: post.agency,
        arrangement: post.arrangement,
        positionZh: post.position.zh,
        positionEn: post.position.en,
        active: true,
        weekdays: post.weekdays ?? '1,2,3,4,5',
      }
    }),
  )
}
