import { notFound } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import type { Db } from '../../db'
import { officer } from '../../db/schema'

export type Me = {
  id: string
  stationId: string
  teamId: string | null
  dedicated: boolean
  nameZh: string
  nameEn: string
}

/** The officer the signed-in account stands for (own-scoped permissions keep the own officer id). */
export async function findMe(c: Context<AppEnv>, db: Db): Promise<Me> {
  const id = c.var.scope.officerId
  const [row] =
    id === undefined
      ? []
      : await db
          .select({
            id: officer.id,
            stationId: officer.stationId,
            teamId: officer.teamId,
            dedicated: officer.dedicated,
            nameZh: officer.nameZh,
            nameEn: officer.nameEn,
          })
          .from(officer)
          .where(eq(officer.id, id))
          .limit(1)
  if (!row) throw notFound('Your officer record')
  return row
}
