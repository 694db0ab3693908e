/** A Cookie header without one cookie (all of its copies); null when nothing is left. */
export function withoutCookie(header: string | null, name: string): string | null {
  if (!header) return null
  const kept = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.split('=', 1)[0]?.trim() !== name)
  return kept.length ? kept.join('; ') : null
}
