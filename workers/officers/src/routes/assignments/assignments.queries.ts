import type { Assignment, AssignmentKind, CaseLevel, RefusedAssignment } from '@platform/contracts'
import { desc, eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { assignment, dutyException, refusedAssignment } from '../../db/schema'
import type { ExceptionFacts } from '../../rules/assignment-rules'

/** The officer's duty exceptions, whatever their state (the rule picks the covering one). */
export function exceptionsOfOfficer(db: Db, officerId: string): Promise<ExceptionFacts[]> {
  return db
    .select({
      id: dutyException.id,
      officerId: dutyException.officerId,
      status: dutyException.status,
      startDate: dutyException.startDate,
      endDate: dutyException.endDate,
      expiresOn: dutyException.expiresOn,
    })
    .from(dutyException)
    .where(eq(dutyException.officerId, officerId))
}

const LIST_LIMIT = 200

/** The newest assignments and refusals of a station (or of the whole district). */
export async function listStationAssignments(db: Db, stationId: string | undefined) {
  const [made, refused] = await db.batch([
    db
      .select()
      .from(assignment)
      .where(stationId === undefined ? undefined : eq(assignment.stationId, stationId))
      .orderBy(desc(assignment.createdAt))
      .limit(LIST_LIMIT),
    db
      .select()
      .from(refusedAssignment)
      .where(stationId === undefined ? undefined : eq(refusedAssignment.stationId, stationId))
      .orderBy(desc(refusedAssignment.attemptedAt))
      .limit(LIST_LIMIT),
  ])
  return {
    assignments: made.map(
      (row): Assignment => ({
        ...row,
        kind: row.kind as AssignmentKind,
        caseLevel: row.caseLevel as CaseLevel | null,
      }),
    ),
    refused: refused.map((row): RefusedAssignment => ({ ...row, kind: row.kind as AssignmentKind })),
  }
}
