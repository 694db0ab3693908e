import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { TOTP_STEP_SECONDS, totp } from '@platform/auth'
import { describe, expect, it } from 'vitest'
import { DEMO_TOTP_SECRETS } from '../src'
import { demoTotpCode } from '../src/demo-totp'

// `pnpm totp <username>` shows what an authenticator app with the documented secret shows.

const root = resolve(import.meta.dirname, '../../..')
// 2026-03-01T08:00:10Z: 10 s into a 30-second step.
const at = Date.UTC(2026, 2, 1, 8, 0, 10) / 1000

async function cli(...args: string[]) {
  const run = promisify(execFile)
  try {
    const { stdout, stderr } = await run(
      join(root, 'node_modules/.bin/tsx'),
      ['packages/seed/src/totp-cli.ts', ...args],
      {
        cwd: root,
      },
    )
    return { code: 0, stdout, stderr }
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('demo TOTP codes', () => {
  it('equal packages/auth totp() for the documented secret at the same time', async () => {
    for (const role of ['board_chair', 'board_member', 'branch_admin'] as const) {
      const { code } = await demoTotpCode(`demo.${role}`, at)
      expect(code).toMatch(/^\d{6}$/)
      expect(code).toBe(await totp(DEMO_TOTP_SECRETS[role] as string, at))
    }
  })

  it('say how many seconds the code stays valid', async () => {
    expect((await demoTotpCode('demo.board_chair', at)).secondsLeft).toBe(TOTP_STEP_SECONDS - 10)
    expect((await demoTotpCode('demo.board_chair', at + 19.5)).secondsLeft).toBe(1)
  })

  it('refuse accounts without a second factor and names that are not demo accounts', async () => {
    await expect(demoTotpCode('demo.officer', at)).rejects.toThrow(/without a second factor.*demo\.board_chair/)
    await expect(demoTotpCode('admin', at)).rejects.toThrow(/not a demo account/)
    await expect(demoTotpCode('demo.superuser', at)).rejects.toThrow(/not a demo account/)
  })
})

describe('pnpm totp <username>', () => {
  it('prints the current 6-digit code of a demo account and the seconds left', async () => {
    const before = Date.now() / 1000
    const { code, stdout } = await cli('demo.board_chair')
    const after = Date.now() / 1000
    expect(code).toBe(0)
    const match = /^(\d{6}) {2}\(demo\.board_chair, valid for (\d+) s more\)\n$/.exec(stdout)
    expect(match, stdout).not.toBeNull()
    // The step may turn while the CLI starts: the code is the one of either end.
    const secret = DEMO_TOTP_SECRETS.board_chair as string
    expect([await totp(secret, before), await totp(secret, after)]).toContain(match?.[1])
    expect(Number(match?.[2])).toBeGreaterThan(0)
    expect(Number(match?.[2])).toBeLessThanOrEqual(TOTP_STEP_SECONDS)
  })

  it('fails with a clear message for an account without a second factor, and with usage for no name', async () => {
    const officer = await cli('demo.officer')
    expect(officer.code).toBe(1)
    expect(officer.stderr).toMatch(/^totp: demo\.officer signs in without a second factor/)
    const none = await cli()
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/usage: pnpm totp <username>/)
  })
}, 30_000)
