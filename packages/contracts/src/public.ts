import { z } from '@hono/zod-openapi'

/** `GET /api/public/district`: counted from the databases through RPC, never literals. */
export const DistrictCounts = z
  .object({
    stations: z.number().int(),
    communities: z.number().int(),
    dedicatedOfficers: z.number().int(),
    groups: z.number().int(),
  })
  .openapi('DistrictCounts')
export type DistrictCounts = z.infer<typeof DistrictCounts>
