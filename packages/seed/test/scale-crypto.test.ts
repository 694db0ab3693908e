import { newDataKey } from '@platform/auth'
import { describe, expect, it } from 'vitest'
import { contactDigest } from '../../../workers/disputes/src/disputes/contact-index'
import { unsealPersonal } from '../../../workers/disputes/src/disputes/personal-data'
import { contactDigestSync, sealSync } from '../src/scale/fast-crypto'

// The scale seed seals disputes with Node's synchronous crypto for speed: the disputes worker
// must read them exactly as if it had sealed them itself.
describe('the scale seed seals personal data as the disputes worker does', () => {
  const key = newDataKey()
  const personal = {
    description: '楼上漏水，协商未果。',
    address: '幸福路 8 号',
    applicant: { name: '王秀英', phone: '13812341234' },
    otherParties: [{ name: '李建国', phone: null }],
  }

  it('unseals with the worker’s key and the row id as associated data', async () => {
    const sealed = sealSync(JSON.stringify(personal), key, 'dispute-1')
    expect(await unsealPersonal(sealed, key, 'dispute-1')).toEqual(personal)
  })

  it('does not unseal under another row id', async () => {
    const sealed = sealSync(JSON.stringify(personal), key, 'dispute-1')
    await expect(unsealPersonal(sealed, key, 'dispute-2')).rejects.toThrow()
  })

  it.each(['phone:13812341234', 'address:幸福路8号'])(
    'digests %s as the worker’s contact index does',
    async (contact) => {
      expect(contactDigestSync(contact, key)).toBe(await contactDigest(contact, key))
    },
  )
})
