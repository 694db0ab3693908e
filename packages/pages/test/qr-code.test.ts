import { describe, expect, it } from 'vitest'
import { QrCode } from '../src/qr-code'

describe('the QR code', () => {
  it('is inline SVG with its label and no style attribute, so the strict CSP holds', () => {
    const svg = String(QrCode({ text: 'otpauth://totp/Platform:demo?secret=JBSWY3DPEHPK3PXP', label: 'Scan me' }))
    expect(svg).toMatch(/^<svg[^>]+class="qr"[^>]+role="img"[^>]+aria-label="Scan me"/)
    expect(svg).not.toContain('style=')
    expect(svg).not.toContain('<script')
  })

  it('keeps the four-module quiet zone around the code (version 1 is 21 modules: 29 in all)', () => {
    const svg = String(QrCode({ text: 'Q1', label: 'x' }))
    expect(svg).toContain('viewBox="0 0 29 29"')
    expect(svg).not.toMatch(/M[0-3],/)
  })
})
