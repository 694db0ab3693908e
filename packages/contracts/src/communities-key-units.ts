import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { Day } from './communities-registration'

// Key units (重点单位: schools, hospitals, …) and the "three fives" (三个五) security measures:
// three areas of five items each, checked at inspections; an item that fails is an open finding
// until someone fixes it and says how.

export const KeyUnitKind = z.enum(['school', 'hospital', 'kindergarten', 'market', 'other'])
export type KeyUnitKind = z.infer<typeof KeyUnitKind>

/** `area.item`, e.g. `people.guards`: one item of the checklist (configuration names them). */
export const ChecklistCode = z
  .string()
  .regex(/^[a-z]+\.[a-z_]+$/, 'must be a checklist item code area.item')
  .openapi({ example: 'people.guards' })

export const ThreeFivesItem = z
  .object({ code: ChecklistCode, area: z.enum(['people', 'physical', 'technical']), label: Label })
  .openapi('ThreeFivesItem')
export type ThreeFivesItem = z.infer<typeof ThreeFivesItem>

const Text = z.string().trim().min(1).max(500)

export const KeyUnitIdParam = z.object({ unitId: Id.openapi({ param: { name: 'unitId', in: 'path' } }) })
export const FindingIdParam = z.object({ findingId: Id.openapi({ param: { name: 'findingId', in: 'path' } }) })

export const KeyUnitQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
  community: Id.optional().openapi({ param: { name: 'community', in: 'query' } }),
})

export const KeyUnitInput = z
  .object({ communityId: Id, kind: KeyUnitKind, name: z.object({ zh: Text, en: Text }) })
  .openapi('KeyUnitInput')
export type KeyUnitInput = z.infer<typeof KeyUnitInput>

/** One unit in the station's list: where it stands on the checklist and what is still open. */
export const KeyUnitSummary = z
  .object({
    id: Id,
    communityId: Id,
    communityName: Label,
    kind: KeyUnitKind,
    name: Label,
    /** Day of the latest inspection; null when never inspected. */
    lastInspection: Day.nullable(),
    /** Items passed at the latest inspection (of `checklistSize`). */
    itemsPassed: z.number().int().nonnegative(),
    checklistSize: z.number().int().positive(),
    openFindings: z.number().int().nonnegative(),
  })
  .openapi('KeyUnitSummary')
export type KeyUnitSummary = z.infer<typeof KeyUnitSummary>

export const KeyUnitList = z
  .object({ stationId: Id.nullable(), checklist: z.array(ThreeFivesItem), units: z.array(KeyUnitSummary) })
  .openapi('KeyUnitList')
export type KeyUnitList = z.infer<typeof KeyUnitList>

export const InspectionItemInput = z.object({
  code: ChecklistCode,
  passed: z.boolean(),
  /** Required when the item failed (what is wrong); refused when it passed. */
  finding: Text.optional(),
})

/** `POST /api/communities/key-units/{unitId}/inspections`. */
export const InspectionInput = z
  .object({
    date: Day,
    /** The inspecting officer; the actor's own officer record when absent. */
    officerId: Id.optional(),
    items: z.array(InspectionItemInput).min(1).max(15),
  })
  .openapi('InspectionInput')
export type InspectionInput = z.infer<typeof InspectionInput>

export const FindingStatus = z.enum(['open', 'fixed'])

export const Finding = z
  .object({
    id: Id,
    keyUnitId: Id,
    inspectionId: Id,
    itemCode: ChecklistCode,
    description: z.string(),
    status: FindingStatus,
    foundOn: Day,
    fixedOn: Day.nullable(),
    fixNote: z.string().nullable(),
  })
  .openapi('Finding')
export type Finding = z.infer<typeof Finding>

export const Inspection = z
  .object({
    id: Id,
    keyUnitId: Id,
    date: Day,
    officerId: Id.nullable(),
    items: z.array(z.object({ code: ChecklistCode, passed: z.boolean() })),
    findings: z.array(Finding),
  })
  .openapi('Inspection')
export type Inspection = z.infer<typeof Inspection>

export const KeyUnitDetail = KeyUnitSummary.extend({
  stationId: Id,
  checklist: z.array(ThreeFivesItem),
  inspections: z.array(Inspection),
  findings: z.array(Finding),
}).openapi('KeyUnitDetail')
export type KeyUnitDetail = z.infer<typeof KeyUnitDetail>

/** `POST /api/communities/key-unit-findings/{findingId}/fix`: how it was fixed. */
export const FixInput = z.object({ note: Text, date: Day.optional() }).openapi('FixInput')
export type FixInput = z.infer<typeof FixInput>
