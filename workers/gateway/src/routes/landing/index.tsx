import type { DistrictCounts } from '@platform/contracts'
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { logUpstreamError } from '../../errors/log'
import { localeOf } from '../../i18n'
import { languageSwitch } from '../../middleware/language-switch'
import type { Mount } from '../../mounts'
import { renderPage } from '../../pages/render-page'
import { UpstreamError } from '../../proxy'
import { countDistrict } from '../district'
import { methodNotAllowed } from '../method-not-allowed'
import { LandingPage } from './landing-page'

/** `/`: the landing page. It still renders when the figures cannot be counted. */
export function landing(mounts: readonly Mount[]) {
  return new Hono<AppEnv>()
    .get('/', languageSwitch(), async (c) => {
      let counts: DistrictCounts | null = null
      try {
        counts = await countDistrict(c.env, mounts)
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error
        logUpstreamError(c, error)
      }
      return renderPage(c, <LandingPage locale={localeOf(c)} counts={counts} />)
    })
    .all('/', methodNotAllowed(['GET', 'HEAD']))
}
