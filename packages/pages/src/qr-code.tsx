import { encode } from 'uqr'

/** Scanners (authenticator apps, phone cameras) want the four-module quiet zone of the QR standard. */
const QUIET_ZONE = 4

/**
 * A QR code as inline SVG markup (no script, no style attribute: the strict CSP holds): one path
 * of unit squares; its size on screen comes from the stylesheet (`.qr`). Used by the gateway's
 * second-factor enrolment and the disputes worker's receipt page. Its own entry point
 * (`@platform/pages/qr-code`) so that only the workers that draw one bundle the encoder.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE })
  let path = ''
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x},${y}h1v1h-1z`
    })
  })
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size} ${size}`}
      class="qr"
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
}
