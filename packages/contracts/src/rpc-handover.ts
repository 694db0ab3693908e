/**
 * A problem found on joint-defence duty handed over by the communities worker to the worker that
 * acts on it (RPC, see rpc.ts). `handoverId` is the problem's id: the receiving side creates at
 * most one task or lead per hand-over, so a retry after a failure or a timeout never duplicates.
 */
export type DutyTaskHandover = {
  handoverId: string
  /** The grid's responsible officer, whose task list gets the task. */
  officerId: string
  gridId: string | null
  /** What the group wrote about the problem (no personal data is asked for). */
  summary: string
  /** The day on duty the problem was found (YYYY-MM-DD). */
  reportedOn: string
}

export type DutyTaskCreated = { taskId: string }

export type DutyLeadHandover = {
  handoverId: string
  communityId: string
  /** Where the community lies, as the communities worker knows it (no call back needed). */
  stationId: string
  gridId: string | null
  summary: string
  reportedOn: string
}

export type DutyLeadRecorded = { disputeId: string; reference: string }
