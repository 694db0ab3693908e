/**
 * Staff lists and the citizen's status page show personal data masked. A phone keeps the first
 * three and last four digits (`138****1234`, the usual form in China), so a caller can be told
 * apart without the number being readable; a landline keeps its area code and last four.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 8) return '****'
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`
}

/** A name keeps its first character (the family name in Chinese); every other letter is a `*`. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length === 0) return ''
  return chars.map((char, i) => (i === 0 || char === ' ' ? char : '*')).join('')
}
