import type { DemoAccount } from './demo-accounts'
import type { Row } from './tables'
import { SEED_TIME } from './ulid'

// One demo account for every other member of the review board, so a whole panel can sign in
// locally and a case can be voted on and closed end to end (the chair and one member already
// have demo.board_chair and demo.board_member). Same rules as demo-accounts.ts: local seed only,
// the one documented password, fixed public TOTP secrets (README), never anywhere real.

/** The fixed base32 TOTP secrets of the extra board accounts, by username (README lists them). */
export const BOARD_DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  'demo.board_member2': 'L66RB6QM3FNALF2FPX3DMB74GV4NPSMP',
  'demo.board_member3': 'YQZSU7SAVD42GPYM2DYFA7BBRIHRRPTV',
  'demo.board_member4': 'ATOAG2Z5AED5ABSRHJQAZVMZGXJTJ5XN',
  'demo.board_member5': '46CKF6FKFVEMDEE34KG52YDDT3LKCG7X',
  'demo.board_member6': '34LKIQWC7BDTVJUMRMFV5XGSE3KV6VZS',
  'demo.board_member7': 'O7V64ZMD4UVO6IP4UBNXQ4QBN2IZD3GV',
  'demo.board_member8': 'HWUIE53NF327G5W64QKIRQY6QVOAZWOB',
}

/**
 * Accounts for the board members no demo account stands for yet, in board order: the n-th
 * gets `demo.board_member<n+1>`. Pure: the same district gives the same accounts.
 */
export function generateBoardDemoAccounts(
  newId: () => string,
  members: readonly Row<'assessments', 'boardMember'>[],
  existing: readonly DemoAccount[],
): DemoAccount[] {
  const linked = new Set(existing.flatMap((a) => (a.linkedTo.kind === 'boardMember' ? [a.linkedTo.id] : [])))
  const usernames = Object.keys(BOARD_DEMO_TOTP_SECRETS)
  const seededAt = new Date(SEED_TIME).toISOString()
  return members
    .filter((m) => m.role === 'member' && !linked.has(m.id))
    .map((member, index) => {
      const username = usernames[index]
      if (!username) throw new Error('board demo accounts: more members than documented secrets')
      const totpSecret = BOARD_DEMO_TOTP_SECRETS[username] as string
      return {
        id: newId(),
        username,
        displayNameZh: member.nameZh,
        displayNameEn: member.nameEn,
        scopeLevel: 'branch' as const,
        stationId: null,
        teamId: null,
        officerId: null,
        linkedTo: { kind: 'boardMember' as const, id: member.id },
        roles: ['board_member' as const],
        active: true,
        mustChangePassword: false,
        totpSecret,
        totpEnrolledAt: seededAt,
        totpLastStep: null,
        createdAt: seededAt,
        updatedAt: seededAt,
      }
    })
}
