import type { RouteHandler } from '@hono/zod-openapi'
import type { Precedent, VoteOutcome } from '@platform/contracts'
import { and, desc, eq, gte, lte } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { exemptionCase, vote } from '../../db/schema'
import { anonymise, matchesSearch } from '../../rules/anonymise'
import { exemptionRates } from '../../rules/exemption-rate'
import type { exemptionRatesRoute, precedentsRoute } from './precedents.routes'

/** A reference that names a precedent without giving away the case id. */
async function referenceOf(caseId: string, quarter: string) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`precedent/${caseId}`)))
  const hex = [...digest.slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `P-${quarter.replace('-', '')}-${hex.toUpperCase()}`
}

export const listPrecedents: RouteHandler<typeof precedentsRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const db = createDb(c.env)
  const cases = await db
    .select()
    .from(exemptionCase)
    .where(
      and(eq(exemptionCase.status, 'decided'), query.outcome ? eq(exemptionCase.outcome, query.outcome) : undefined),
    )
    .orderBy(desc(exemptionCase.decidedAt), desc(exemptionCase.id))
  const votes = await db.select().from(vote)
  const precedents: Precedent[] = []
  for (const row of cases) {
    const cast = votes.filter((v) => v.caseId === row.id)
    const counts = { exempt_full: 0, exempt_partial: 0, reject: 0 }
    for (const v of cast) counts[v.outcome] += 1
    const precedent: Precedent = {
      ref: await referenceOf(row.id, row.quarter),
      quarter: row.quarter,
      duty: anonymise(row.duty),
      facts: anonymise(row.facts),
      criteria: {
        lawfulDuty: anonymise(row.lawfulDuty),
        accidentOrForceMajeure: anonymise(row.accidentOrForceMajeure),
        noSeriousConsequence: anonymise(row.noSeriousConsequence),
      },
      outcome: row.outcome as VoteOutcome,
      summary: anonymise(row.summary ?? ''),
      votes: counts,
      reasons: {
        lawfulDuty: cast.map((v) => anonymise(v.reasonLawfulDuty)),
        accidentOrForceMajeure: cast.map((v) => anonymise(v.reasonAccidentOrForceMajeure)),
        noSeriousConsequence: cast.map((v) => anonymise(v.reasonNoSeriousConsequence)),
      },
      appeal: row.appealOf !== null,
    }
    const texts = query.criterion
      ? [precedent.criteria[query.criterion], ...precedent.reasons[query.criterion]]
      : [
          precedent.duty,
          precedent.facts,
          precedent.summary,
          ...Object.values(precedent.criteria),
          ...Object.values(precedent.reasons).flat(),
        ]
    if (matchesSearch(texts, query.q)) precedents.push(precedent)
  }
  return c.json({ precedents }, 200)
}

export const getExemptionRates: RouteHandler<typeof exemptionRatesRoute, AppEnv> = async (c) => {
  const { from, to } = c.req.valid('query')
  const rows = await createDb(c.env)
    .select({
      id: exemptionCase.id,
      stationId: exemptionCase.stationId,
      quarter: exemptionCase.quarter,
      outcome: exemptionCase.outcome,
      appealOf: exemptionCase.appealOf,
    })
    .from(exemptionCase)
    .where(and(from ? gte(exemptionCase.quarter, from) : undefined, to ? lte(exemptionCase.quarter, to) : undefined))
  return c.json(exemptionRates(rows), 200)
}
