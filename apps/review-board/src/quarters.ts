/** The quarter a day falls in (`2024-08-14` → `2024-Q3`). */
export const quarterOfDay = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`

/** `count` quarters back from `quarter`, newest first. */
export function quartersBack(quarter: string, count: number): string[] {
  let year = Number(quarter.slice(0, 4))
  let q = Number(quarter.slice(-1))
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`)
    q -= 1
    if (q === 0) {
      q = 4
      year -= 1
    }
  }
  return out
}
