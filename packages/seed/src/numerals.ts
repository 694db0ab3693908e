const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** Chinese numerals for team and group ordinals (1–99): 一, 十二, 二十. */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new Error(`no numeral for ${n}`)
  if (n < 10) return DIGITS[n] as string
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens > 1 ? DIGITS[tens] : ''}十${ones ? DIGITS[ones] : ''}`
}
