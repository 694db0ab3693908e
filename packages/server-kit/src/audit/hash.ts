import type { AuditRow } from './table'

export const GENESIS_HASH = '0'.repeat(64)

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')

export async function sha256Hex(text: string) {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

/** JSON with sorted keys, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** The hash of a record's state: what the audit row keeps instead of the values. */
export const stateHash = (state: unknown) =>
  state === undefined || state === null ? null : sha256Hex(canonicalJson(state))

/** A row's own hash covers every field and the previous row's hash: the chain. */
export function rowHash(row: Omit<AuditRow, 'hash'>) {
  const { prevHash, ...fields } = row
  return sha256Hex(`${prevHash}|${canonicalJson(fields)}`)
}
