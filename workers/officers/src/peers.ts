import type { DisputesRpc, FiguresPeriod, OfficerDisputeRow, ReminderDispute } from '@platform/contracts'

/** The disputes worker over its service binding (RPC typed by the shared interface). */
export const disputesOf = (env: Pick<Env, 'DISPUTES'>) =>
  env.DISPUTES as Service<DisputesRpc & Rpc.WorkerEntrypointBranded>

/** How long a peer may take before the answer goes out without it. */
const PEER_TIMEOUT_MS = 2_000

async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('peer timed out')), PEER_TIMEOUT_MS)
      }),
    ])
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

/**
 * The open disputes an officer holds, or `null` when the disputes worker did not answer: the
 * reminder and the reports still answer, and say the disputes are unavailable.
 */
export async function openDisputes(env: Pick<Env, 'DISPUTES'>, officerId: string): Promise<ReminderDispute[] | null> {
  try {
    const held = await withTimeout(disputesOf(env).openDisputesOf(officerId))
    return held.map((d) => ({
      id: d.id,
      reference: d.reference,
      category: d.category,
      state: d.state,
      dueAt: d.dueAt,
      overdue: d.overdue,
      paused: d.paused,
    }))
  } catch {
    return null
  }
}

/** Disputes settled, overdue and open per responsible officer, or `null` when the disputes worker did not answer. */
export async function disputeResults(
  env: Pick<Env, 'DISPUTES'>,
  period: FiguresPeriod,
): Promise<Map<string, OfficerDisputeRow> | null> {
  try {
    const rows = await withTimeout(disputesOf(env).disputeResults(period))
    return new Map(rows.map((row) => [row.officerId, row]))
  } catch {
    return null
  }
}
