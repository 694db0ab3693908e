// A horizontal bar chart as SVG (no dependency): each endpoint's throughput as a share of the
// bare Hono baseline, written beside docs/benchmarks.md.

const escapeXml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function barChart({ title, rows, unit = '' }) {
  const labelWidth = 260
  const barWidth = 420
  const rowHeight = 26
  const top = 40
  const height = top + rows.length * rowHeight + 20
  const max = Math.max(...rows.map((r) => r.value), 1e-9)
  const bars = rows
    .map((r, i) => {
      const y = top + i * rowHeight
      const w = Math.max(1, (r.value / max) * barWidth)
      return [
        `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeXml(r.label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${r.baseline ? '#8a8a8a' : '#1f5fa8'}"/>`,
        `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 17}">${escapeXml(r.text ?? `${r.value}${unit}`)}</text>`,
      ].join('')
    })
    .join('\n')
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${labelWidth + barWidth + 120}" height="${height}" font-family="sans-serif" font-size="13">
<title>${escapeXml(title)}</title>
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>
${bars}
</svg>
`
}
