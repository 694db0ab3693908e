import type { JSX } from 'solid-js'

/**
 * A wide table scrolls sideways on a phone; the scroll box must be reachable by keyboard and
 * named, or keyboard users cannot see the hidden columns (axe: scrollable-region-focusable).
 */
export function TableRegion(props: { label: string; children: JSX.Element }) {
  return (
    <section class="table-wrap" tabindex="0" aria-label={props.label}>
      {props.children}
    </section>
  )
}
