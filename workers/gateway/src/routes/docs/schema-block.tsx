import type { Translate } from '../../i18n'
import type { JsonSchema } from './openapi-document'
import { schemaType } from './schema-type'

type SchemaBlockProps = { schema: JsonSchema | undefined; docKey: string; t: Translate }

/**
 * A schema as a reader needs it: an object with properties becomes a table (name, type,
 * required, description); anything else (a reference, an array, a scalar) one line of type.
 */
export function SchemaBlock({ schema, docKey, t }: SchemaBlockProps) {
  const properties = schema && !schema.$ref ? Object.entries(schema.properties ?? {}) : []
  if (!schema || properties.length === 0) {
    return (
      <p>
        <code class="schema">{schemaType(schema, { docKey, depth: 0 })}</code>
        {schema?.description && <span class="note"> — {schema.description}</span>}
      </p>
    )
  }
  const required = new Set(schema.required ?? [])
  return (
    <div class="table-scroll">
      {schema.description && <p class="note">{schema.description}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('docs.name')}</th>
            <th scope="col">{t('docs.type')}</th>
            <th scope="col">{t('docs.required')}</th>
            <th scope="col">{t('docs.description')}</th>
          </tr>
        </thead>
        <tbody>
          {properties.map(([name, property]) => (
            <tr>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td class="schema">{schemaType(property, { docKey, depth: 1 })}</td>
              <td>{required.has(name) ? t('docs.yes') : t('docs.no')}</td>
              <td>{property.description ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
