import type { Seat } from './groups'
import type { Label } from './names'
import type { Row } from './tables'

// One officer per seat: an A is a dedicated officer (专职社区民警) and the responsible officer
// of one grid; a B is a non-dedicated community officer backing the group up.
// Profiles (age, education, years in post) come after, from profiles.ts.

type OfficerRow = Row<'officers', 'officer'>
export type OfficerDraft = Omit<OfficerRow, 'birthYear' | 'education' | 'inPostSince'> & { seat: Seat }

export const TITLES = {
  dedicated: { zh: '专职社区民警', en: 'Dedicated community officer' },
  community: { zh: '社区民警', en: 'Community officer' },
  deputyHead: { zh: '副所长（社区警务队队长）', en: 'Deputy station head, team leader' },
  sergeant: { zh: '警长（社区警务队副队长）', en: 'Sergeant, deputy team leader' },
} satisfies Record<string, Label>

function titleOf(seat: Seat): Label {
  if (seat.role === 'A') return seat.station.spec.dedicatedTitle ?? TITLES.dedicated
  return seat.leader ? TITLES[seat.leader] : TITLES.community
}

export type Officers = {
  drafts: OfficerDraft[]
  gridResponsibility: Row<'officers', 'gridResponsibility'>[]
  groupMember: Row<'officers', 'groupMember'>[]
}

export function generateOfficers(newId: () => string, nextName: () => Label, seats: readonly Seat[]): Officers {
  const officers: Officers = { drafts: [], gridResponsibility: [], groupMember: [] }
  for (const seat of seats) {
    const id = newId()
    const name = nextName()
    const title = titleOf(seat)
    officers.drafts.push({
      id,
      stationId: seat.station.id,
      teamId: seat.teamId,
      nameZh: name.zh,
      nameEn: name.en,
      dedicated: seat.role === 'A',
      titleZh: title.zh,
      titleEn: title.en,
      seat,
    })
    officers.groupMember.push({ groupId: seat.groupId, officerId: id, role: seat.role })
    if (seat.gridId) officers.gridResponsibility.push({ gridId: seat.gridId, officerId: id })
  }
  return officers
}
