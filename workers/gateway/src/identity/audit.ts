import { writeWithAudit } from '@platform/server-kit/audit'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { createDb } from '../db'

/** The identity module's audited actions (entity `account`, id = the account's id). */
export type IdentityAction =
  | 'account.create'
  | 'account.disable'
  | 'account.enable'
  | 'account.reset_password'
  | 'account.change_password'
  | 'account.enrol_second_factor'
  | 'session.sign_in'
  | 'session.sign_out'

/**
 * A state change of the identity database and its audit row, in one batch. The row keeps
 * hashes of the account's state before and after (packages/server-kit/audit), never values.
 */
export function writeAudited(
  c: Context<AppEnv>,
  statements: BatchItem<'sqlite'>[],
  entry: { action: IdentityAction; actorId: string; accountId: string; before?: unknown; after?: unknown },
) {
  return writeWithAudit(createDb(c.env), statements, {
    actorId: entry.actorId,
    action: entry.action,
    entity: 'account',
    entityId: entry.accountId,
    requestId: c.get('requestId'),
    before: entry.before,
    after: entry.after,
  })
}
