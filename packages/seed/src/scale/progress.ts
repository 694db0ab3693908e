// A progress bar on stderr for the scale seed: redrawn in place on a terminal, a line every
// quarter otherwise (CI logs stay short).

const WIDTH = 30

export type Progress = { tick(n?: number): void; done(): void }

export function progress(label: string, total: number): Progress {
  const started = performance.now()
  const tty = process.stderr.isTTY
  let count = 0
  let lastDrawn = -1
  const draw = (final: boolean) => {
    const share = total === 0 ? 1 : count / total
    const step = tty ? Math.floor(share * 200) : Math.floor(share * 4)
    if (!final && step === lastDrawn) return
    lastDrawn = step
    const filled = Math.round(share * WIDTH)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const line = `  ${label.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count.toLocaleString('en')}/${total.toLocaleString('en')} ${seconds} s`
    process.stderr.write(tty ? `\r${line}${final ? '\n' : ''}` : `${line}\n`)
  }
  return {
    tick(n = 1) {
      count += n
      draw(false)
    },
    done() {
      const drawnFull = count >= total && lastDrawn === (tty ? 200 : 4)
      count = total
      if (!drawnFull) draw(true)
      else if (tty) process.stderr.write('\n')
    },
  }
}
