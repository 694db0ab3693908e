// `pnpm totp <username>`: prints the current TOTP code of a local demo account (README,
// "Demo accounts (local only)"), so signing in as demo.board_chair needs no authenticator app.
import { parseArgs } from 'node:util'
import { demoTotpCode, demoUsernamesWithTotp, NoDemoSecretError } from './demo-totp'

const usage = () => `usage: pnpm totp <username>

Prints the current 6-digit code of a local demo account with a second factor:
  ${demoUsernamesWithTotp().join(', ')}`

function readUsername(): string | undefined {
  try {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    })
    if (values.help) return undefined
    if (positionals.length === 1) return positionals[0]
    throw new Error(positionals.length === 0 ? 'which account?' : 'one username at a time')
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${usage()}`)
    process.exit(2)
  }
}

async function main() {
  const username = readUsername()
  if (!username) {
    console.log(usage())
    return
  }
  const { code, secondsLeft } = await demoTotpCode(username)
  console.log(`${code}  (${username}, valid for ${secondsLeft} s more)`)
}

main().catch((err: unknown) => {
  console.error(err instanceof NoDemoSecretError ? `totp: ${err.message}` : err)
  process.exit(1)
})
