import { ErrorCode } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import type { Handler } from 'hono'

/** For the gateway's own paths: a wrong method is a clean 405 naming the allowed ones. */
export const methodNotAllowed =
  (allowed: readonly string[]): Handler =>
  (c) =>
    c.json(errorBody(ErrorCode.methodNotAllowed, `${c.req.method} is not allowed on ${c.req.path}`), 405, {
      Allow: allowed.join(', '),
    })
