import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { localeOf } from '../../i18n'
import { languageSwitch } from '../../middleware/language-switch'
import type { Mount } from '../../mounts'
import { renderPage } from '../../pages/render-page'
import { methodNotAllowed } from '../method-not-allowed'
import { DOCS_PATH, DocsPage } from './docs-page'
import { loadDocuments, type OwnDocument } from './load-documents'

/** `/api/docs`: the people's view of every OpenAPI document (raw JSON stays at each worker). */
export function docs(mounts: readonly Mount[], own: readonly OwnDocument[]) {
  return new Hono<AppEnv>()
    .get(DOCS_PATH, languageSwitch(), async (c) => {
      const documents = await loadDocuments(c, mounts, own)
      return renderPage(c, <DocsPage locale={localeOf(c)} documents={documents} />)
    })
    .all(DOCS_PATH, methodNotAllowed(['GET', 'HEAD']))
}
