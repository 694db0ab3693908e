import type { Translate } from '../../i18n'
import { operationAnchor, refName } from './anchors'
import type { Operation, Parameter } from './openapi-document'
import { SchemaBlock } from './schema-block'
import { schemaType } from './schema-type'

type OperationViewProps = { docKey: string; method: string; path: string; operation: Operation; t: Translate }

const methodClass = (method: string) =>
  ['get', 'post', 'put', 'patch', 'delete'].includes(method) ? `method method--${method}` : 'method method--other'

function Parameters({ parameters, docKey, t }: { parameters: Parameter[]; docKey: string; t: Translate }) {
  return (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('docs.name')}</th>
            <th scope="col">{t('docs.in')}</th>
            <th scope="col">{t('docs.type')}</th>
            <th scope="col">{t('docs.required')}</th>
            <th scope="col">{t('docs.description')}</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((parameter) => (
            <tr>
              <th scope="row">
                <code>{parameter.name ?? refName(parameter.$ref ?? '')}</code>
              </th>
              <td>{parameter.in ?? ''}</td>
              <td class="schema">{schemaType(parameter.schema, { docKey, depth: 1 })}</td>
              <td>{parameter.required ? t('docs.yes') : t('docs.no')}</td>
              <td>{parameter.description ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** One operation: method and path, summary, parameters, request body and each response. */
export function OperationView({ docKey, method, path, operation, t }: OperationViewProps) {
  const parameters = operation.parameters ?? []
  const body = Object.entries(operation.requestBody?.content ?? {})
  const responses = Object.entries(operation.responses ?? {})
  return (
    <article class="operation" id={operationAnchor(docKey, method, path)}>
      <h4>
        <span class={methodClass(method)}>{method.toUpperCase()}</span> <code>{path}</code>
      </h4>
      {operation.summary && <p>{operation.summary}</p>}
      {operation.description && operation.description !== operation.summary && (
        <p class="note">{operation.description}</p>
      )}
      {parameters.length > 0 && (
        <>
          <h5>{t('docs.parameters')}</h5>
          <Parameters parameters={parameters} docKey={docKey} t={t} />
        </>
      )}
      {body.length > 0 && (
        <>
          <h5>{t('docs.requestBody')}</h5>
          {body.map(([contentType, media]) => (
            <>
              <p>
                <code>{contentType}</code>
              </p>
              <SchemaBlock schema={media.schema} docKey={docKey} t={t} />
            </>
          ))}
        </>
      )}
      {responses.length > 0 && (
        <>
          <h5>{t('docs.responses')}</h5>
          <ul class="responses">
            {responses.map(([status, response]) => (
              <li>
                <strong>{status}</strong> {response.description ?? (response.$ref ? refName(response.$ref) : '')}
                {Object.entries(response.content ?? {}).map(([contentType, media]) => (
                  <>
                    {' — '}
                    <code>{contentType}</code>{' '}
                    <code class="schema">{schemaType(media.schema, { docKey, depth: 0 })}</code>
                  </>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}
