import type { Figures } from '@platform/contracts'

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value)
  // Quotes around every text cell; a leading = + - @ would be a formula in a spreadsheet.
  return /^[=+\-@]/.test(text) ? `"'${text.replaceAll('"', '""')}"` : `"${text.replaceAll('"', '""')}"`
}

/** The trend as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese headers). */
export function trendCsv(
  figures: Figures,
  headers: [month: string, floating: string, rental: string, penalties: string, hours: string, satisfaction: string],
) {
  const lines = [headers.map(cell).join(',')]
  for (const point of figures.trend) {
    const { month, floatingRate, rentalRate, illegalRentalPenalties } = point
    const peers = [point.weeklyHoursPerDedicatedOfficer, point.satisfactionRate]
    lines.push([month, floatingRate, rentalRate, illegalRentalPenalties, ...peers].map(cell).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export function downloadCsv(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  URL.revokeObjectURL(url)
}

/** Any table as CSV, same rules as the trend (BOM, quoted cells, no formulas). */
export function rowsCsv(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]) {
  const lines = [headers.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
