/**
 * The paths the gateway answers itself, never a mount: the landing page (`/`), the sign-in pages
 * (`/auth`), account administration (`/api/identity`), the public API (`/api/public`), the API
 * docs (`/api/docs`), the platform's health (`/api/health`) and its own assets (`/_gateway`). A mount may not sit on, over or under one.
 */
export const GATEWAY_PREFIXES = [
  '/auth',
  '/api/identity',
  '/api/public',
  '/api/docs',
  '/api/health',
  '/_gateway',
] as const

const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

export const clashesWithGateway = (prefix: string) =>
  GATEWAY_PREFIXES.some((own) => within(prefix, own) || within(own, prefix))
