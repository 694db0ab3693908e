import { z } from '@hono/zod-openapi'
import {
  AccountList,
  AccountResponse,
  AccountWithTemporaryPassword,
  CreateAccountRequest,
  Id,
  ResetPasswordRequest,
} from '@platform/contracts'
import { identityRoute } from './identity-route'
import { errorResponse, notFoundResponse, protectedResponses, validationResponse } from './responses'

const json = <S>(schema: S) => ({ 'application/json': { schema } })
const AccountIdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) })
const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Idempotency-Key: a retry with the same key answers the first result' }),
})

export const listAccountsRoute = identityRoute('account.manage', {
  method: 'get',
  path: '/api/identity/accounts',
  tags: ['identity'],
  summary: 'Every staff account (no password hashes, no TOTP secrets)',
  responses: { 200: { description: 'The accounts, by username', content: json(AccountList) }, ...protectedResponses },
})

export const createAccountRoute = identityRoute('account.manage', {
  method: 'post',
  path: '/api/identity/accounts',
  tags: ['identity'],
  summary: 'Create a staff account with a one-time password',
  description:
    'The answer shows the temporary password once; the account must replace it at its first sign-in. ' +
    'Send an Idempotency-Key to make a retry safe: the same key answers the first result for 24 hours.',
  request: {
    headers: IdempotencyHeader,
    body: { required: true, content: json(CreateAccountRequest) },
  },
  responses: {
    201: { description: 'Created', content: json(AccountWithTemporaryPassword) },
    ...validationResponse,
    ...protectedResponses,
    409: errorResponse('The username is taken: USERNAME_TAKEN'),
    422: errorResponse('The Idempotency-Key was used with another body: IDEMPOTENCY_KEY_REUSED'),
  },
})

const accountAction = (action: 'disable' | 'enable', summary: string) =>
  identityRoute('account.manage', {
    method: 'post',
    path: `/api/identity/accounts/{id}/${action}`,
    tags: ['identity'],
    summary,
    request: { params: AccountIdParam },
    responses: {
      200: { description: 'The account after the change', content: json(AccountResponse) },
      ...validationResponse,
      ...protectedResponses,
      ...notFoundResponse,
      ...(action === 'disable'
        ? { 422: errorResponse('An admin cannot disable the own account: RULE_CANNOT_DISABLE_OWN_ACCOUNT') }
        : {}),
    },
  })

export const disableAccountRoute = accountAction(
  'disable',
  'Disable an account: it cannot sign in, its sessions end at once',
)
export const enableAccountRoute = accountAction('enable', 'Enable a disabled account again')

export const resetPasswordRoute = identityRoute('account.manage', {
  method: 'post',
  path: '/api/identity/accounts/{id}/reset-password',
  tags: ['identity'],
  summary: 'Give an account a new one-time password',
  description:
    'Ends every session of the account and makes it choose a new password at its next sign-in. ' +
    'With `resetSecondFactor: true` the authenticator is removed too and must be enrolled again.',
  request: { params: AccountIdParam, body: { required: false, content: json(ResetPasswordRequest) } },
  responses: {
    200: {
      description: 'The account and its temporary password (shown once)',
      content: json(AccountWithTemporaryPassword),
    },
    ...validationResponse,
    ...protectedResponses,
    ...notFoundResponse,
  },
})
