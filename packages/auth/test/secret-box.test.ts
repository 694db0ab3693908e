import { describe, expect, it } from 'vitest'
import { newDataKey, seal, sealBytes, unseal, unsealBytes } from '../src'

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

  it('binds a value to its row with associated data: another row id does not unseal it', async () => {
    const key = newDataKey()
    const sealed = await seal('13800001234', key, 'row-1')
    expect(await unseal(sealed, key, 'row-1')).toBe('13800001234')
    await expect(unseal(sealed, key, 'row-2')).rejects.toThrow()
    await expect(unseal(sealed, key)).rejects.toThrow()
  })

  it('still unseals values sealed without associated data', async () => {
    const key = newDataKey()
    expect(await unseal(await seal('old value', key), key)).toBe('old value')
  })

  it('seals bytes (files) bound to their place, without the plain bytes in the result', async () => {
    const key = newDataKey()
    const plain = new TextEncoder().encode('%PDF-1.7 13800001234')
    const sealed = await sealBytes(plain, key, 'dispute-1/1')
    expect(new TextDecoder().decode(sealed)).not.toContain('13800001234')
    expect(await unsealBytes(sealed, key, 'dispute-1/1')).toEqual(plain)
    await expect(unsealBytes(sealed, key, 'dispute-1/2')).rejects.toThrow()
  })
})
