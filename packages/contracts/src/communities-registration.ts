import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { HousingType } from './communities'
import { CommunityIdParam } from './disputes'

/** A calendar month in Asia/Shanghai, `YYYY-MM`. */
export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')
  .openapi({ example: '2026-10' })

/** A quarter, `YYYY-Qn`. */
export const Quarter = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, 'must be a quarter YYYY-Qn')
  .openapi({ example: '2026-Q3' })

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'must be a day that exists')
  .openapi({ example: '2026-11-28' })

// Above any community's population: a typo (an extra digit) is refused, not stored.
const Count = z.number().int().nonnegative().max(1_000_000)

const registeredWithinKnown = (
  value: { floatingKnown: number; floatingRegistered: number; rentalKnown: number; rentalRegistered: number },
  ctx: z.RefinementCtx,
) => {
  // A rate over 100 %: more people or homes registered than known is a counting error.
  if (value.floatingRegistered > value.floatingKnown)
    ctx.addIssue({
      code: 'custom',
      path: ['floatingRegistered'],
      message: 'cannot exceed floatingKnown (a rate over 100 %)',
    })
  if (value.rentalRegistered > value.rentalKnown)
    ctx.addIssue({
      code: 'custom',
      path: ['rentalRegistered'],
      message: 'cannot exceed rentalKnown (a rate over 100 %)',
    })
}

const RegistrationCountsShape = z.object({
  /** Floating population known to the community (流动人口). */
  floatingKnown: Count,
  floatingRegistered: Count,
  /** Rental homes known (出租房屋). */
  rentalKnown: Count,
  rentalRegistered: Count,
  /** Penalties for illegal renting handed out in the month (违法出租房屋处罚). */
  illegalRentalPenalties: Count,
})

/** `PUT …/registrations/{month}`: the month's figures, replacing the recorded ones. */
export const RegistrationCounts =
  RegistrationCountsShape.superRefine(registeredWithinKnown).openapi('RegistrationCounts')
export type RegistrationCounts = z.infer<typeof RegistrationCounts>

/** `POST /api/communities/communities/{communityId}/registrations`: one month of one community. */
export const RegistrationInput = RegistrationCountsShape.extend({ month: Month })
  .superRefine(registeredWithinKnown)
  .openapi('RegistrationInput')
export type RegistrationInput = z.infer<typeof RegistrationInput>

/** Rates are shares in [0, 1]; a community with nothing known to register counts as complete. */
export const RegistrationRates = z.object({
  floatingRate: z.number().min(0).max(1),
  rentalRate: z.number().min(0).max(1),
  /** "Double 100 %" (双百): both registrations complete. */
  doubleHundred: z.boolean(),
})

export const Registration = RegistrationCountsShape.extend({ communityId: Id, month: Month })
  .extend(RegistrationRates.shape)
  .openapi('Registration')
export type Registration = z.infer<typeof Registration>

export const CommunityRegistrations = z
  .object({
    community: z.object({ id: Id, stationId: Id, name: Label, housingType: HousingType }),
    registrations: z.array(Registration),
  })
  .openapi('CommunityRegistrations')
export type CommunityRegistrations = z.infer<typeof CommunityRegistrations>

/** `{communityId}/…/{month}` (the community id parameter is the one the disputes routes use too). */
export const CommunityMonthParam = CommunityIdParam.extend({
  month: Month.openapi({ param: { name: 'month', in: 'path' } }),
})
