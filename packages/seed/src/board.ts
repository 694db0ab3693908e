import type { Label } from './names'
import type { PlacedStation } from './places'
import type { Row } from './tables'

// The review board that decides fault-tolerance exemptions (容错免责) and reward nominations
// (评功授奖): a chair from the branch's leadership and members from the departments that hold
// the rules (political department, legal affairs, population management, inspection) and from
// stations (station_id set, so a case from that station is a conflict of interest).

type Seat = { role: 'chair' | 'member'; unit: Label } | { role: 'member'; stationCode: string }

const SEATS: readonly Seat[] = [
  { role: 'chair', unit: { zh: '东城分局', en: 'Dongcheng Branch' } },
  { role: 'member', unit: { zh: '政治处', en: 'Political Department' } },
  { role: 'member', unit: { zh: '法制支队', en: 'Legal Affairs Detachment' } },
  { role: 'member', unit: { zh: '人口管理大队', en: 'Population Management Brigade' } },
  { role: 'member', unit: { zh: '人口管理大队', en: 'Population Management Brigade' } },
  { role: 'member', unit: { zh: '督察支队', en: 'Police Inspection Detachment' } },
  { role: 'member', stationCode: 'beixinqiao' },
  { role: 'member', stationCode: 'qianmen' },
  { role: 'member', stationCode: 'donghuashi' },
]

export function generateBoard(
  newId: () => string,
  nextName: () => Label,
  stations: readonly PlacedStation[],
): Row<'assessments', 'boardMember'>[] {
  return SEATS.map((seat) => {
    const name = nextName()
    let station: PlacedStation | undefined
    let unit: Label
    if ('stationCode' in seat) {
      station = stations.find((s) => s.spec.code === seat.stationCode)
      if (!station) throw new Error(`no station ${seat.stationCode}`)
      unit = { zh: `${station.spec.zh}派出所`, en: `${station.spec.en} Police Station` }
    } else {
      unit = seat.unit
    }
    return {
      id: newId(),
      nameZh: name.zh,
      nameEn: name.en,
      role: seat.role,
      unitZh: unit.zh,
      unitEn: unit.en,
      stationId: station?.id ?? null,
      active: true,
    }
  })
}
