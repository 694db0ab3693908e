// The outbox: what an officer saved on the phone and the platform has not confirmed yet. Pure
// logic only (no fetch, no storage, no clock): the runner in outbox.ts wires it to the browser,
// and test/queue.test.ts checks it with tables.

/** What can wait in the outbox: a time entry or a task completion. */
export type OutboxKind = 'presence' | 'task_completion'

/**
 * `waiting`: to send (again) at `nextAttemptAt`. `sending`: an attempt is under way.
 * `refused`: the platform answered with a rule or a validation error; it stays visible until dismissed.
 */
export type OutboxState = 'waiting' | 'sending' | 'refused'

export type OutboxError = { status: number; code: string; message: string }

export type OutboxItem = {
  /** The Idempotency-Key, fixed for the item's whole life: a retry never creates a second record. */
  key: string
  kind: OutboxKind
  /** Same-origin API path the body is POSTed to. */
  path: string
  body: unknown
  /** What the list shows for it (e.g. the task's title), beside what the body says. */
  display?: Record<string, unknown>
  /** The account that made it: another user signing in on the same phone never sends it. */
  owner: string
  createdAt: string
  attempts: number
  /** Epoch milliseconds. */
  nextAttemptAt: number
  state: OutboxState
  error?: OutboxError
}

/** What one attempt came back with: the HTTP status (0 when no answer arrived) and the error, if any. */
export type Answer = { status: number; code?: string; message?: string }

/** How the outbox treats an answer. */
export type Verdict = 'sent' | 'retry' | 'signed_out' | 'refused'

// No answer, a timeout, "too many", or the platform failing: the same request may succeed later.
const RETRY_STATUSES = new Set([0, 408, 425, 429])

export function verdictOf(status: number): Verdict {
  if (status >= 200 && status < 300) return 'sent'
  if (RETRY_STATUSES.has(status) || status >= 500) return 'retry'
  // The session ended: the item waits for the next sign-in rather than being refused.
  if (status === 401) return 'signed_out'
  return 'refused'
}

export const BACKOFF_BASE_MS = 2_000
export const BACKOFF_MAX_MS = 5 * 60_000

/** Wait before attempt n+1 after n failed ones: doubling from 2 s, capped at 5 minutes. */
export function backoffMs(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1)
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(exponent, 20))
}

export type NewItem = Pick<OutboxItem, 'key' | 'kind' | 'path' | 'body' | 'owner' | 'display'>

/** Adds an item, due at once; the same key twice is one item (a double tap queues once). */
export function enqueue(items: readonly OutboxItem[], item: NewItem, now: number): OutboxItem[] {
  if (items.some((existing) => existing.key === item.key)) return [...items]
  return [
    ...items,
    { ...item, createdAt: new Date(now).toISOString(), attempts: 0, nextAttemptAt: now, state: 'waiting' },
  ]
}

/**
 * The owner's items to attempt now, oldest first. `force` (the connection just came back, or the
 * user acted) ignores the backoff. An item left `sending` by a closed page is attempted again: its
 * key makes that safe.
 */
export function dueItems(items: readonly OutboxItem[], owner: string, now: number, force = false): OutboxItem[] {
  return items.filter(
    (item) => item.owner === owner && item.state !== 'refused' && (force || item.nextAttemptAt <= now),
  )
}

/** The item under way. */
export function markSending(items: readonly OutboxItem[], key: string): OutboxItem[] {
  return items.map((item) => (item.key === key ? { ...item, state: 'sending' } : item))
}

/**
 * The outbox after one attempt: a sent item leaves it; a refused one stays with its error; one
 * that may succeed later waits with a longer backoff (a lost session waits without counting).
 */
export function afterAttempt(items: readonly OutboxItem[], key: string, answer: Answer, now: number): OutboxItem[] {
  const verdict = verdictOf(answer.status)
  if (verdict === 'sent') return items.filter((item) => item.key !== key)
  return items.map((item) => {
    if (item.key !== key) return item
    const error = { status: answer.status, code: answer.code ?? 'HTTP_ERROR', message: answer.message ?? '' }
    if (verdict === 'refused') return { ...item, state: 'refused', attempts: item.attempts + 1, error }
    const attempts = verdict === 'retry' ? item.attempts + 1 : item.attempts
    return { ...item, state: 'waiting', attempts, nextAttemptAt: now + backoffMs(attempts), error }
  })
}

/** The user read the refusal and let it go. */
export function dismiss(items: readonly OutboxItem[], key: string): OutboxItem[] {
  return items.filter((item) => item.key !== key || item.state !== 'refused')
}

/** When the owner's next waiting item is due (undefined when nothing waits). */
export function nextDue(items: readonly OutboxItem[], owner: string): number | undefined {
  const times = items.filter((i) => i.owner === owner && i.state === 'waiting').map((i) => i.nextAttemptAt)
  return times.length ? Math.min(...times) : undefined
}

/** Storage keeps strings: anything unreadable is dropped rather than breaking the desk. */
export function parseItems(text: string | null): OutboxItem[] {
  if (!text) return []
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value.filter(isItem) : []
  } catch {
    return []
  }
}

function isItem(value: unknown): value is OutboxItem {
  if (typeof value !== 'object' || value === null) return false
  const item = value as Record<string, unknown>
  return (
    typeof item.key === 'string' &&
    typeof item.path === 'string' &&
    typeof item.owner === 'string' &&
    (item.kind === 'presence' || item.kind === 'task_completion') &&
    (item.state === 'waiting' || item.state === 'sending' || item.state === 'refused') &&
    typeof item.attempts === 'number' &&
    typeof item.nextAttemptAt === 'number'
  )
}

/** Where the outbox lives between page loads (localStorage in the browser, a map in tests). */
export type OutboxStorage = { load(): OutboxItem[]; save(items: OutboxItem[]): void }

/** Sends one item with its key; resolves with the answer (status 0 when the network failed). */
export type Sender = (item: OutboxItem) => Promise<Answer>

/**
 * Attempts the owner's due items one by one, oldest first, reading the storage before and writing
 * it after each step (an item queued meanwhile is kept). Stops at the first answer that says "not
 * now" (no connection, platform down, signed out): the items behind it would fare no better.
 * Returns each attempted key's verdict. The caller makes sure only one flush runs at a time.
 */
export async function flush(
  storage: OutboxStorage,
  send: Sender,
  owner: string,
  clock: () => number,
  force = false,
): Promise<Map<string, Verdict>> {
  const verdicts = new Map<string, Verdict>()
  for (const item of dueItems(storage.load(), owner, clock(), force)) {
    // Dismissed or sent by another tab since the list was read: skip it.
    if (!storage.load().some((i) => i.key === item.key && i.state !== 'refused')) continue
    storage.save(markSending(storage.load(), item.key))
    let answer: Answer
    try {
      answer = await send(item)
    } catch {
      answer = { status: 0, code: 'NETWORK_ERROR' }
    }
    storage.save(afterAttempt(storage.load(), item.key, answer, clock()))
    const verdict = verdictOf(answer.status)
    verdicts.set(item.key, verdict)
    if (verdict === 'retry' || verdict === 'signed_out') break
  }
  return verdicts
}
