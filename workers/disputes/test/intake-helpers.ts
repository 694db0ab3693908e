import { exports } from 'cloudflare:workers'
import type { DisputeIntake } from '@platform/contracts'

export const S01 = '01JD0000000000000000000S01'
export const S02 = '01JD0000000000000000000S02'
export const C01 = '01JD0000000000000000000C01'
export const C02 = '01JD0000000000000000000C02'
export const C04 = '01JD0000000000000000000C04'
export const F01 = '01JD0000000000000000000F01'

let serial = 0
/** Each test submits from its own address, so the per-address limit only bites where tested. */
export const nextAddress = () => `10.0.${Math.floor(++serial / 250)}.${serial % 250}`
export const nextKey = () => `test-key-${Date.now()}-${++serial}`

export const intake = (overrides: Partial<DisputeIntake> = {}): DisputeIntake => ({
  category: 'neighbours',
  description: 'Water leaks from the flat above every night since March.',
  communityId: C01,
  address: '东四北大街 88 号 3 单元 502',
  applicant: { name: '王秀英', phone: '13812341234' },
  otherParties: [{ name: '李建国', phone: '13987654321' }],
  preferredHandling: 'at_station',
  consent: true,
  ...overrides,
})

export function submit(
  body: unknown,
  options: { key?: string | null; address?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'CF-Connecting-IP': options.address ?? nextAddress(),
    ...options.headers,
  }
  const key = options.key === undefined ? nextKey() : options.key
  if (key !== null) headers['Idempotency-Key'] = key
  return exports.default.fetch('http://x/api/disputes/intake', { method: 'POST', headers, body: JSON.stringify(body) })
}

/** Submits a valid dispute and answers its reference and status secret. */
export async function submitted(overrides: Partial<DisputeIntake> = {}) {
  const response = await submit(intake(overrides))
  if (response.status !== 201) throw new Error(`intake answered ${response.status}: ${await response.text()}`)
  const receipt = (await response.json()) as { reference: string; statusUrl: string }
  const secret = receipt.statusUrl.split('/').pop() as string
  return { ...receipt, secret }
}

export const status = (secret: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(`http://x/api/disputes/status/${secret}`, {
    headers: { 'CF-Connecting-IP': nextAddress(), ...headers },
  })
