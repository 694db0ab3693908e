import { type Locale, translator } from '../../i18n'
import { Layout } from '../../pages/layout'
import { documentAnchor } from './anchors'
import { DocumentSection } from './document-section'
import type { LoadedDocument } from './load-documents'

export const DOCS_PATH = '/api/docs'

/** `/api/docs`: every OpenAPI document of the platform on one server-rendered page, no script. */
export function DocsPage({ locale, documents }: { locale: Locale; documents: LoadedDocument[] }) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('docs.title')} languageSwitchPath={DOCS_PATH}>
      <h1>{t('docs.title')}</h1>
      <p class="lead">{t('docs.lead')}</p>
      <nav class="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">{t('docs.contents')}</h2>
        <ul>
          {documents.map((loaded) => (
            <li>
              <a href={`#${documentAnchor(loaded.key)}`}>
                {loaded.result.ok ? loaded.result.document.info.title : loaded.key}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {documents.map((loaded) => (
        <DocumentSection loaded={loaded} t={t} />
      ))}
    </Layout>
  )
}
