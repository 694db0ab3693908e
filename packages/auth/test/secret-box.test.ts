import { describe, expect, it } from 'vitest'
import { newDataKey, seal, unseal } from '../src'

describe('sealed secrets', () => {
  it('round-trips and never stores the plain value', async () => {
    const key = newDataKey()
    const sealed = await seal('13800001234', key)
    expect(sealed).not.toContain('13800001234')
    expect(await unseal(sealed, key)).toBe('13800001234')
  })

  it('gives a different ciphertext each time (random nonce)', async () => {
    const key = newDataKey()
    expect(await seal('same', key)).not.toBe(await seal('same', key))
  })

  it('refuses a wrong key and a tampered ciphertext', async () => {
    const key = newDataKey()
    const sealed = await seal('secret', key)
    await expect(unseal(sealed, newDataKey())).rejects.toThrow()
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`
    await expect(unseal(tampered, key)).rejects.toThrow()
  })

  it('refuses a key that is not 32 bytes', async () => {
    await expect(seal('x', 'c2hvcnQ')).rejects.toThrow(/32 bytes/)
  })
})
