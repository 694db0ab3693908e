import { createResource, Show } from 'solid-js'

/**
 * The status link as a QR code, drawn as one SVG path. The encoder is loaded only on the
 * confirmation (its own chunk), so it costs nothing on the first load.
 */
export function QrCode(props: { text: string; label: string }) {
  const [path] = createResource(
    () => props.text,
    async (text) => {
      const { encode } = await import('uqr')
      const { data, size } = encode(text, { ecc: 'M', border: 4 })
      let d = ''
      data.forEach((row, y) => {
        row.forEach((dark, x) => {
          if (dark) d += `M${x},${y}h1v1h-1z`
        })
      })
      return { d, size }
    },
  )
  return (
    <Show when={path()}>
      {(qr) => (
        <svg
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`0 0 ${qr().size} ${qr().size}`}
          class="qr"
          role="img"
          aria-label={props.label}
          shape-rendering="crispEdges"
        >
          <rect width={qr().size} height={qr().size} fill="#ffffff" />
          <path d={qr().d} fill="#000000" />
        </svg>
      )}
    </Show>
  )
}
