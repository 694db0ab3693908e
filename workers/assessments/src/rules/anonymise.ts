/**
 * Text of a precedent with what could identify a person masked: runs of four or more digits
 * (phone and ID numbers, house numbers, plates) and Chinese phone/ID patterns with letters. The
 * library keeps the duty, the facts and the reasons — what a later panel compares — never the
 * officer, the station, the filer or the members.
 */
export function anonymise(text: string): string {
  return text.replace(/[0-9Xx]*\d{4,}[0-9Xx]*/g, (run) => '＊'.repeat(Math.min(run.length, 6)))
}

/** Whether a precedent's text matches a search (case-insensitive, every word must appear). */
export function matchesSearch(texts: readonly string[], query: string | undefined): boolean {
  if (!query) return true
  const haystack = texts.join('\n').toLowerCase()
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .every((word) => haystack.includes(word))
}
