import { z } from '@hono/zod-openapi'

/** One part of the platform as `GET /api/health` found it. */
export const PlatformPart = z
  .object({
    /** The mount's prefix (`/api/officers`, `/qihe`) or `identity` for the gateway's own database. */
    name: z.string(),
    kind: z.enum(['api', 'app', 'database']),
    status: z.enum(['up', 'down']),
    /**
     * Why a part is down: it did not answer in time, failed (threw, 5xx, unreachable), or
     * answered that it is degraded (a domain worker whose database is unreachable or missing tables).
     */
    reason: z.enum(['timeout', 'failed', 'degraded']).optional(),
    elapsedMs: z.number().int().nonnegative(),
  })
  .openapi('PlatformPart')
export type PlatformPart = z.infer<typeof PlatformPart>

/** `GET /api/health`: every part checked in parallel, each under its mount's timeout. */
export const PlatformHealth = z
  .object({
    status: z.enum(['ok', 'down']),
    /** The gateway build that answered (Version Metadata binding). */
    version: z.object({ id: z.string(), tag: z.string(), timestamp: z.string() }),
    /** Names of the parts that are down, for a glance; empty when `ok`. */
    down: z.array(z.string()),
    parts: z.array(PlatformPart),
  })
  .openapi('PlatformHealth')
export type PlatformHealth = z.infer<typeof PlatformHealth>
