/**
 * Speculation rules for staff pages: the entry page of every staff app is prefetched as soon as a
 * page loads and prerendered when the pointer rests on a link to it (the app switcher), so
 * switching apps shows a finished page. Browsers without support ignore the script. The text is
 * fixed for a given list of apps, so the CSP allows it by its hash (`scriptHash`).
 */
export function speculationRules(entryPages: readonly string[]): string {
  return JSON.stringify({
    prefetch: [{ source: 'list', urls: entryPages, eagerness: 'immediate' }],
    prerender: [{ source: 'document', where: { href_matches: entryPages }, eagerness: 'moderate' }],
  })
}

/** `'sha256-…'` of a script's text, as a CSP source (Web Crypto: workers and Node alike). */
export async function scriptHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  let binary = ''
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte)
  return `'sha256-${btoa(binary)}'`
}
