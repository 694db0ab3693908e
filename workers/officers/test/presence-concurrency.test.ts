import { env } from 'cloudflare:workers'
import type { PresenceEntry } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDate } from '../src/rules/shanghai-time'
import { grids, insertFixture, officers } from './fixture'
import { call, places } from './work-fixture'

beforeAll(insertFixture)

const yesterday = addDays(localDate(Date.now()), -1)
const stretch = (from: string, to: string) => ({
  start: `${yesterday}T${from}:00+08:00`,
  end: `${yesterday}T${to}:00+08:00`,
  gridId: grids.g1,
  activity: 'household_visit',
})
const log = (body: object) => call<PresenceEntry>('POST', '/api/officers/me/presence', 'officer', places.wang, body)
const entriesOfWang = async () =>
  Number(
    (await env.DB.prepare('SELECT count(*) AS n FROM presence_entry WHERE officer_id = ?').bind(officers.wang).first())
      ?.n,
  )

describe('overlapping entries sent at the same moment', () => {
  it('keeps one and refuses the other with 422 RULE_PRESENCE_OVERLAP, even when both passed the check', async () => {
    const answers = await Promise.all([log(stretch('09:00', '11:00')), log(stretch('10:00', '12:00'))])
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422])
    expect(answers.find((a) => a.status === 422)?.body.error.code).toBe('RULE_PRESENCE_OVERLAP')
    expect(await entriesOfWang()).toBe(1)
  })

  it('takes entries that only touch end to start (nearest case that passes), sent at the same moment', async () => {
    const answers = await Promise.all([log(stretch('13:00', '14:00')), log(stretch('14:00', '15:00'))])
    expect(answers.map((a) => a.status)).toEqual([201, 201])
  })

  it('is refused by the database itself, whoever writes', async () => {
    const insert = env.DB.prepare(
      `INSERT INTO presence_entry (id, officer_id, grid_id, activity, start, end, start_utc, end_utc, minutes, week_start, created_at)
       VALUES ('01JD00000000000000000000Q1', ?, ?, 'outreach', 'x', 'y', ?, ?, 30, '2026-01-05', 'z')`,
    ).bind(
      officers.wang,
      grids.g1,
      new Date(`${yesterday}T13:30:00+08:00`).toISOString(),
      new Date(`${yesterday}T13:45:00+08:00`).toISOString(),
    )
    await expect(insert.run()).rejects.toThrow(/RULE_PRESENCE_OVERLAP/)
  })

  it('lets the same row be offered again (a seed re-run): the id conflict, not an overlap, decides', async () => {
    const [row] = (
      await env.DB.prepare('SELECT * FROM presence_entry WHERE officer_id = ? LIMIT 1').bind(officers.wang).all()
    ).results as Record<string, unknown>[]
    const columns = Object.keys(row ?? {})
    const again = env.DB.prepare(
      `INSERT INTO presence_entry (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`,
    ).bind(...columns.map((column) => row?.[column] ?? null))
    await expect(again.run()).resolves.toBeTruthy()
    expect(await entriesOfWang()).toBe(3)
  })
})
