import { SHELL_CSS_PATH } from '@platform/pages'
import { SIGN_IN_PATHS } from '../identity/next-path'
import { PUBLIC_OPENAPI_PATH } from './district'
import { DOCS_PATH } from './docs/docs-page'
import { IDENTITY_OPENAPI_PATH } from './identity'
import { SITE_CSS_PATH } from './site-css'

export type PublicPage = { method: 'GET'; path: string; what: string }

/**
 * The gateway's own routes that are in none of its OpenAPI documents: pages for people, the
 * stylesheet and the raw documents. All of them are public, declared here rather than left
 * unchecked: they answer without a session (a sign-in step's page sends whoever is not at that
 * step to the page they belong on; the password page sends a visitor without a session to the
 * login). Their form posts share the path of a documented JSON operation (`POST /auth/login`,
 * `/auth/totp`, `/auth/totp/enrol`, `/auth/password`, `/auth/logout`), which carries their permission.
 *
 * Every other route the gateway serves itself is an operation of the public or the identity
 * document with its `x-permission`; test/public-pages.test.ts fails on a route in neither place.
 */
export const PUBLIC_PAGES: readonly PublicPage[] = [
  { method: 'GET', path: '/', what: 'landing page with the district figures' },
  { method: 'GET', path: SITE_CSS_PATH, what: 'the pages’ stylesheet' },
  { method: 'GET', path: SHELL_CSS_PATH, what: 'the platform header’s stylesheet (pages and every app)' },
  { method: 'GET', path: DOCS_PATH, what: 'every OpenAPI document rendered for people' },
  { method: 'GET', path: PUBLIC_OPENAPI_PATH, what: 'the public API’s OpenAPI document' },
  { method: 'GET', path: IDENTITY_OPENAPI_PATH, what: 'the identity API’s OpenAPI document' },
  { method: 'GET', path: SIGN_IN_PATHS.login, what: 'sign-in page (password step)' },
  { method: 'GET', path: SIGN_IN_PATHS.totp, what: 'second-factor page (TOTP code)' },
  { method: 'GET', path: SIGN_IN_PATHS.password, what: 'password change page' },
]
