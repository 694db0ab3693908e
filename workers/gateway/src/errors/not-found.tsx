import { ErrorCode } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { localeOf } from '../i18n'
import { NotFoundPage } from '../pages/not-found-page'
import { renderPage } from '../pages/render-page'

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/')

/** Unknown paths: JSON in the error shape under /api (a client reads it), a page elsewhere. */
export function notFound(c: Context<AppEnv>) {
  if (isApiPath(c.req.path)) {
    return c.json(errorBody(ErrorCode.notFound, `No route for ${c.req.method} ${c.req.path}`), 404)
  }
  return renderPage(c, <NotFoundPage locale={localeOf(c)} />, 404)
}
