import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { SIGN_IN_PATHS } from '../../identity/next-path'
import { methodNotAllowed } from '../method-not-allowed'
import { enrolRoutes } from './enrol'
import { loginRoutes } from './login'
import { logoutRoutes } from './logout'
import { meRoutes } from './me'
import { passwordRoutes } from './password'
import { secondFactorRoutes } from './second-factor'

/** The methods each sign-in path answers; any other gets a clean 405 naming them. */
export const AUTH_METHODS: Record<(typeof SIGN_IN_PATHS)[keyof typeof SIGN_IN_PATHS], readonly string[]> = {
  [SIGN_IN_PATHS.login]: ['GET', 'HEAD', 'POST'],
  [SIGN_IN_PATHS.totp]: ['GET', 'HEAD', 'POST'],
  [SIGN_IN_PATHS.enrol]: ['GET', 'HEAD', 'POST'],
  [SIGN_IN_PATHS.password]: ['GET', 'HEAD', 'POST'],
  [SIGN_IN_PATHS.logout]: ['POST'],
  [SIGN_IN_PATHS.me]: ['GET', 'HEAD'],
}

/** `/auth/*`: the gateway's identity pages and their JSON side (described in the identity OpenAPI document). */
export function authRoutes() {
  const app = new Hono<AppEnv>()
    .route('/', loginRoutes)
    .route('/', secondFactorRoutes)
    .route('/', enrolRoutes)
    .route('/', passwordRoutes)
    .route('/', logoutRoutes)
    .route('/', meRoutes)
  for (const [path, methods] of Object.entries(AUTH_METHODS)) app.all(path, methodNotAllowed(methods))
  return app
}
