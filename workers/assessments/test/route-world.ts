import { exports } from 'cloudflare:workers'
import { ExemptionCase, Nomination, QuarterSnapshot } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { aCase, E3, place, QUARTER, S1 } from './case-fixtures'
import { seedScoringWorld } from './scoring-fixtures'

const post = async (path: string, body: unknown) =>
  exports.default.fetch(`http://x/api/assessments${path}`, {
    method: 'POST',
    headers: { ...(await asRole('station_head', place)), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

/**
 * Records of station S1 for the route × role walk and the fuzz: a filed case, the quarter closed
 * (a frozen snapshot with a proposed consequence) and a star-of-the-quarter nomination resting on it.
 */
export async function seedRouteWorld() {
  await seedScoringWorld()
  const filed = ExemptionCase.parse(await (await post('/exemption-cases', aCase())).json())
  const snapshot = QuarterSnapshot.parse(await (await post(`/quarters/${QUARTER}/close`, { stationId: S1 })).json())
  const consequence = snapshot.consequences[0]
  if (!consequence) throw new Error('the close proposed no consequence')
  const nomination = Nomination.parse(
    await (
      await post('/nominations', { kind: 'star_of_quarter', officerId: E3, period: QUARTER, reason: 'Best quarter' })
    ).json(),
  )
  return { caseId: filed.id, consequenceId: consequence.id, nominationId: nomination.id, quarter: QUARTER }
}
