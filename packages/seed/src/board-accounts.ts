import type { DemoAccount } from './demo-accounts'
import type { Row } from './tables'

/**
 * The board members the demo board accounts stand for get the account's id in
 * `board_member.account_id`: that is how the assessments worker knows a signed-in board
 * account as a member of a panel (the identity account itself keeps no board link).
 */
export function linkBoardAccounts(
  members: readonly Row<'assessments', 'boardMember'>[],
  accounts: readonly DemoAccount[],
): Row<'assessments', 'boardMember'>[] {
  return members.map((member) => {
    const account = accounts.find((a) => a.linkedTo.kind === 'boardMember' && a.linkedTo.id === member.id)
    return { ...member, accountId: account?.id ?? null }
  })
}
