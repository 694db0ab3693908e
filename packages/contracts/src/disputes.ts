import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { DISPUTE_CATEGORIES } from './disputes-intake-rules'
import { ResponsibleOfficer } from './officers'

/** Partner agencies that staff the Qihe Station (祈和驿站). */
export const Agency = z.enum(['police', 'procuratorate', 'court', 'justice_bureau'])
export type Agency = z.infer<typeof Agency>

/** How a member is present: resident, rotating or on call (常驻制、轮驻制、随驻制). */
export const Arrangement = z.enum(['resident', 'rotating', 'on_call'])
export type Arrangement = z.infer<typeof Arrangement>

export const DisputeCategory = z.enum(DISPUTE_CATEGORIES)
export type DisputeCategory = z.infer<typeof DisputeCategory>

export const DisputeSource = z.enum(['online', 'counter', 'police_call', 'community', 'after_case'])
export type DisputeSource = z.infer<typeof DisputeSource>

/** The three steps (三步曲). */
export const DisputeStep = z.enum(['screening', 'mediation', 'protection'])
export type DisputeStep = z.infer<typeof DisputeStep>

export const QiheStaffMember = z
  .object({ id: Id, name: Label, agency: Agency, arrangement: Arrangement, position: Label })
  .openapi('QiheStaffMember')
export type QiheStaffMember = z.infer<typeof QiheStaffMember>

/**
 * `GET /api/disputes/public/qihe`: what the public sees of the station's staffing:
 * counts per agency and arrangement, never names.
 */
export const QihePublicInfo = z
  .object({
    openedOn: z.string().openapi({ example: '2025-07-24' }),
    agencies: z.array(
      z.object({ agency: Agency, resident: z.number().int(), rotating: z.number().int(), onCall: z.number().int() }),
    ),
    categories: z.array(DisputeCategory),
  })
  .openapi('QihePublicInfo')
export type QihePublicInfo = z.infer<typeof QihePublicInfo>

/** `GET /api/disputes/staff` (staff zone): who serves at the station. */
export const QiheStaff = z.object({ staff: z.array(QiheStaffMember) }).openapi('QiheStaff')
export type QiheStaff = z.infer<typeof QiheStaff>

/** RPC answer of the disputes worker: active Qihe Station staff per partner agency. */
export type StaffSummary = Record<Agency, number>

export const CommunityIdParam = z.object({
  communityId: Id.openapi({ param: { name: 'communityId', in: 'path' } }),
})

/**
 * `GET /api/disputes/routing/{communityId}`: where a dispute from this community goes: the
 * community's police grid and that grid's responsible officer (A role), when there is one.
 */
export const DisputeRouting = z
  .object({
    communityId: Id,
    gridId: Id.nullable().openapi({ description: 'null when the community belongs to no police grid' }),
    responsible: ResponsibleOfficer.nullable().openapi({
      description: 'null when the community has no grid or nobody is responsible for the grid',
    }),
  })
  .openapi('DisputeRouting')
export type DisputeRouting = z.infer<typeof DisputeRouting>
