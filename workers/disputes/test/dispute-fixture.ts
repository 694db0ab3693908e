import { env } from 'cloudflare:workers'
import { sealPersonal } from '../src/disputes/personal-data'
import { hashStatusSecret } from '../src/rules/status-secret'

/**
 * One dispute written straight into the table (no intake, no audit): station S01, assigned to
 * officer F01, with a known status secret, for the route × role test.
 */
export async function seedDispute() {
  const id = '01JD00000000000000000000D1'
  const at = '2026-11-20T02:00:00.000Z'
  const personal = await sealPersonal(
    {
      description: 'fixture',
      address: 'fixture',
      applicant: { name: 'Fixture', phone: '13800000000' },
      otherParties: [],
    },
    env.DISPUTES_DATA_KEY,
    id,
  )
  await env.DB.prepare(
    `INSERT INTO dispute (id, reference, status_secret_hash, source, category, community_id, station_id, grid_id,
      personal_sealed, preferred_handling, consent_at, state, holder_role, holder_officer_id, received_at, next_kind,
      due_at, updated_at)
     VALUES (?, 'QH-2026-FXTR01', ?, 'online', 'neighbours', '01JD0000000000000000000C01', '01JD0000000000000000000S01',
      '01JD0000000000000000000G01', ?, 'at_station', ?, 'assigned', 'community_officer', '01JD0000000000000000000F01', ?,
      'resolve', '2026-11-27T02:00:00.000Z', ?)`,
  )
    .bind(id, await hashStatusSecret('fixture-status-secret-of-43-characters-xxxx'), personal, at, at, at)
    .run()
}
