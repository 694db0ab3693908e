import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { REQUEST_ID_HEADER } from '../../constants'
import { logUpstreamError } from '../../errors/log'
import type { Mount } from '../../mounts'
import { callUpstream, UpstreamError } from '../../proxy'
import { OpenApiDocument } from './openapi-document'

export type LoadedDocument = {
  /** Short name used in anchors: `gateway`, `officers`, … */
  key: string
  rawUrl: string
  result: { ok: true; document: OpenApiDocument } | { ok: false; code: string }
}

class DocumentRefused extends Error {
  constructor(status: number) {
    super(`The OpenAPI document answered ${status}`)
    this.name = 'DocumentRefused'
  }
}

const checked = (value: unknown): LoadedDocument['result'] => {
  const parsed = OpenApiDocument.safeParse(value)
  return parsed.success ? { ok: true, document: parsed.data } : { ok: false, code: 'INVALID_DOCUMENT' }
}

/** A worker's document through its binding, time-boxed like any call to it (body included). */
async function loadMountDocument(c: Context<AppEnv>, mount: Mount): Promise<LoadedDocument> {
  const rawUrl = `${mount.prefix}/openapi.json`
  const key = mount.prefix.slice(mount.prefix.lastIndexOf('/') + 1)
  try {
    const body = await callUpstream(mount, async (signal) => {
      const headers = { Accept: 'application/json', [REQUEST_ID_HEADER]: c.get('requestId') }
      const response = await c.env[mount.binding].fetch(new Request(new URL(rawUrl, c.req.url), { headers, signal }))
      if (!response.ok) throw new DocumentRefused(response.status)
      return response.json()
    })
    return { key, rawUrl, result: checked(body) }
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error
    logUpstreamError(c, error)
    return { key, rawUrl, result: { ok: false, code: error.code } }
  }
}

/** A document the gateway serves itself (public API, identity API), built on demand. */
export type OwnDocument = { key: string; rawUrl: string; document: () => unknown }

/**
 * The gateway's own documents first, then one per API mount (from the mount table, in name
 * order), fetched in parallel. A worker that fails shows as unavailable in its own section.
 */
export async function loadDocuments(
  c: Context<AppEnv>,
  mounts: readonly Mount[],
  own: readonly OwnDocument[],
): Promise<LoadedDocument[]> {
  const apiMounts = mounts.filter((mount) => mount.kind === 'api').sort((a, b) => a.prefix.localeCompare(b.prefix))
  const workers = await Promise.all(apiMounts.map((mount) => loadMountDocument(c, mount)))
  const gateway = own.map(({ key, rawUrl, document }) => ({ key, rawUrl, result: checked(document()) }))
  return [...gateway, ...workers]
}
