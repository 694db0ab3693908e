/** Fragment ids of the docs page; one function each so links and targets cannot drift apart. */
const slug = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')

export const documentAnchor = (docKey: string) => `doc-${slug(docKey)}`
export const schemaAnchor = (docKey: string, name: string) => `${slug(docKey)}-schema-${slug(name)}`
export const operationAnchor = (docKey: string, method: string, path: string) =>
  `${slug(docKey)}-${method}-${slug(path)}`

/** `#/components/schemas/Roster` → `Roster`. */
export const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1)
