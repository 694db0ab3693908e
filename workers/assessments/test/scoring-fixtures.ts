import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import { scorecard, scorecardRater, scoreItem, scoreSheet } from '../src/db/schema'
import { S1, seedCaseWorld } from './case-fixtures'

export const BROKEN = '01JD0000000000000000000BRK'

/**
 * The case world plus raters (50 % team leader, 50 % duty deputy head) on S1's card and four of
 * its items computed from records: A1 hours, A2 tasks, B1 registration, C2 disputes. A station
 * whose peers fail (BROKEN) has a card with a computed item and one officer's sheet.
 */
export async function seedScoringWorld() {
  await seedCaseWorld()
  const db = createDb(env)
  const [card] = await db.select().from(scorecard).limit(1)
  if (!card) throw new Error('no scorecard')
  const s1Card = (await db.select().from(scorecard)).find((c) => c.stationId === S1)
  if (!s1Card) throw new Error('no S1 scorecard')
  await db.insert(scorecardRater).values([
    { scorecardId: s1Card.id, raterRole: 'team_leader', labelZh: '带班组长', labelEn: 'Team leader', weightPct: 50 },
    {
      scorecardId: s1Card.id,
      raterRole: 'station_head',
      labelZh: '值班副所长',
      labelEn: 'Duty deputy head',
      weightPct: 50,
    },
  ])
  for (const [code, source] of [
    ['A1', 'community_hours'],
    ['A2', 'task_completion'],
    ['B1', 'registration_rate'],
    ['C2', 'disputes'],
  ] as const)
    await env.DB.prepare('update score_item set source = ? where scorecard_id = ? and code = ?')
      .bind(source, s1Card.id, code)
      .run()
  await db
    .insert(scorecard)
    .values({ id: '01JD00000000000000000SCBRK', stationId: BROKEN, nameZh: '考核表', nameEn: 'Card', totalPoints: 100 })
  await db.insert(scoreItem).values({
    id: '01JD00000000000000000SIBRK',
    scorecardId: '01JD00000000000000000SCBRK',
    aspect: 'A',
    code: 'A1',
    nameZh: '在社区工作时间',
    nameEn: 'Hours',
    maxPoints: 10,
    source: 'community_hours',
  })
  await db
    .insert(scoreSheet)
    .values({ officerId: '01JD0000000000000000000EBR', stationId: BROKEN, quarter: '2024-Q3', basePoints: 100 })
  return s1Card.id
}
