import type { Hook } from '@hono/zod-openapi'
import { ErrorCode } from '@platform/contracts'
import { errorBody } from './error-body'

/**
 * Schema violations answer 400 naming every field that failed, so a form can show each
 * message next to its input.
 */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every shape
export const validationHook: Hook<any, any, any, any> = (result, c) => {
  if (result.success) return
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code,
    message: issue.message,
  }))
  return c.json(
    errorBody(
      ErrorCode.validationFailed,
      `Invalid ${result.target}: ${fields.map((f) => f.path || '(root)').join(', ')}`,
      {
        target: result.target,
        fields,
      },
    ),
    400,
  )
}
