import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../app-env'
import { PLATFORM_VERSION_HEADER, platformVersion } from '../../observability/platform-version'

/**
 * Every answer names the gateway build that served it (`X-Platform-Version`: the version id of
 * the Version Metadata binding). An app's or domain worker's own `X-App-Version` /
 * `X-Worker-Version` passes through beside it, so a report of a broken page says which builds
 * of both were involved.
 */
export const versionHeader = (): MiddlewareHandler<AppEnv> =>
  async function versionHeader(c, next) {
    await next()
    c.res.headers.set(PLATFORM_VERSION_HEADER, platformVersion(c.env).id)
  }
