import type { Translate } from '../../i18n'
import { documentAnchor, schemaAnchor } from './anchors'
import type { LoadedDocument } from './load-documents'
import { HTTP_METHODS } from './openapi-document'
import { OperationView } from './operation-view'
import { SchemaBlock } from './schema-block'

/** One worker's document: its operations in path order, then its named schemas. */
export function DocumentSection({ loaded, t }: { loaded: LoadedDocument; t: Translate }) {
  const { key, rawUrl } = loaded
  const titleId = `${documentAnchor(key)}-title`
  const document = loaded.result.ok ? loaded.result.document : undefined
  const operations = Object.entries(document?.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method]
      return operation ? [{ path, method, operation }] : []
    }),
  )
  const schemas = Object.entries(document?.components?.schemas ?? {})
  return (
    <section class="doc" id={documentAnchor(key)} aria-labelledby={titleId}>
      <h2 id={titleId}>
        {document?.info.title ?? key} {document && <span class="doc__version">{document.info.version}</span>}
      </h2>
      {document?.info.description && <p>{document.info.description}</p>}
      <p>
        <a href={rawUrl}>{t('docs.raw')}</a> <code>{rawUrl}</code>
      </p>
      {!loaded.result.ok && (
        <p class="notice" role="status">
          {t('docs.unavailable', { code: loaded.result.code })}
        </p>
      )}
      {operations.length > 0 && (
        <>
          <h3>{t('docs.operations')}</h3>
          {operations.map(({ path, method, operation }) => (
            <OperationView docKey={key} method={method} path={path} operation={operation} t={t} />
          ))}
        </>
      )}
      {schemas.length > 0 && (
        <>
          <h3>{t('docs.schemas')}</h3>
          <dl class="schemas">
            {schemas.map(([name, schema]) => (
              <>
                <dt id={schemaAnchor(key, name)}>{name}</dt>
                <dd>
                  <SchemaBlock schema={schema} docKey={key} t={t} />
                </dd>
              </>
            ))}
          </dl>
        </>
      )}
    </section>
  )
}
