import { fetchMe } from '@platform/ui'
import { createSignal } from 'solid-js'
import {
  type Answer,
  dismiss,
  enqueue,
  flush,
  type NewItem,
  nextDue,
  type OutboxItem,
  type OutboxStorage,
  parseItems,
  type Verdict,
} from './queue'

// The browser side of the outbox: localStorage for the items, fetch for the attempts, the
// `online` event and a backoff timer for the moments to try, and a Web Lock so two tabs of the
// desk never send at the same time (the Idempotency-Key would still make a double send harmless).

const STORAGE_KEY = 'officer-desk.outbox.v1'
const LOCK_NAME = 'officer-desk-outbox'

const storage: OutboxStorage = {
  load: () => parseItems(readStorage()),
  save: (items) => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(items))
    } catch {
      // Storage full or blocked: the items stay in memory for this page.
      memory = items
    }
    setItems(items)
  },
}

let memory: OutboxItem[] = []
function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? JSON.stringify(memory)
  } catch {
    return JSON.stringify(memory)
  }
}

const [items, setItems] = createSignal<OutboxItem[]>(storage.load())
const [owner, setOwner] = createSignal<string>()
const [sent, setSent] = createSignal(0)
const [lastFlush, setLastFlush] = createSignal<'idle' | 'sending' | 'offline' | 'signed_out'>('idle')

/** Every item of the signed-in account, oldest first (reactive). */
export const outboxItems = () => items().filter((item) => item.owner === owner())
/** Grows each time the outbox delivers something: pages showing what was sent read it again. */
export const outboxDelivered = sent
/** What the last attempt to send found: nothing wrong, under way, no connection, or signed out. */
export const outboxActivity = lastFlush

/** One attempt: POST with the item's key; status 0 when no answer came back. */
async function send(item: OutboxItem): Promise<Answer> {
  let response: Response
  try {
    response = await fetch(item.path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'Idempotency-Key': item.key },
      body: JSON.stringify(item.body),
    })
  } catch {
    return { status: 0, code: 'NETWORK_ERROR' }
  }
  if (response.ok) return { status: response.status }
  const text = await response.text().catch(() => '')
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } }
    return { status: response.status, code: body.error?.code, message: body.error?.message }
  } catch {
    return { status: response.status }
  }
}

/** One flush at a time in this tab; across tabs through the Web Locks API where the browser has it. */
let running: Promise<Map<string, Verdict>> | undefined
function exclusive(run: () => Promise<Map<string, Verdict>>): Promise<Map<string, Verdict>> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  return locks ? locks.request(LOCK_NAME, run) : run()
}

/** Sends what is due (everything, when forced) and schedules the next attempt. */
export async function flushOutbox(force = false): Promise<Map<string, Verdict>> {
  const account = owner()
  if (!account) return new Map()
  // A flush asked for while one runs waits for it, then runs again: its item may be new.
  while (running) await running.catch(() => undefined)
  setLastFlush('sending')
  running = exclusive(() => flush(storage, send, account, Date.now, force))
  try {
    const verdicts = await running
    const values = [...verdicts.values()]
    const delivered = values.filter((v) => v === 'sent').length
    if (delivered > 0) setSent((n) => n + delivered)
    setLastFlush(values.includes('retry') ? 'offline' : values.includes('signed_out') ? 'signed_out' : 'idle')
    return verdicts
  } finally {
    running = undefined
    setItems(storage.load())
    schedule()
  }
}

let timer: ReturnType<typeof setTimeout> | undefined
function schedule() {
  clearTimeout(timer)
  const account = owner()
  const due = account ? nextDue(storage.load(), account) : undefined
  if (due === undefined) return
  timer = setTimeout(() => void flushOutbox(), Math.max(0, due - Date.now()))
}

let started = false
/** Starts the outbox once per page: learns who is signed in, sends what waits, listens for the network. */
export function startOutbox(): void {
  if (started || typeof window === 'undefined') return
  started = true
  window.addEventListener('online', () => void flushOutbox(true))
  // Another tab changed the outbox: show it here too.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) setItems(storage.load())
  })
  fetchMe()
    .then((user) => {
      setOwner(user.id)
      return flushOutbox(true)
    })
    .catch(() => undefined)
}

/** What became of something the user saved just now. */
export type SaveOutcome =
  | { state: 'sent' }
  | { state: 'queued'; because: 'offline' | 'signed_out' }
  | { state: 'refused'; code: string; message: string }

/**
 * Saves through the outbox: the item is written to the phone first, then sent with its key. Sent →
 * gone from the outbox; refused → the caller shows the rule on its form, so it leaves the outbox;
 * no connection → it waits and goes when the connection returns.
 */
export async function saveThroughOutbox(item: Omit<NewItem, 'owner'>): Promise<SaveOutcome> {
  const account = owner() ?? (await fetchMe()).id
  setOwner(account)
  storage.save(enqueue(storage.load(), { ...item, owner: account }, Date.now()))
  const verdict = (await flushOutbox(true)).get(item.key)
  if (verdict === 'sent') return { state: 'sent' }
  if (verdict === 'refused') {
    const refused = storage.load().find((i) => i.key === item.key)
    storage.save(dismiss(storage.load(), item.key))
    return { state: 'refused', code: refused?.error?.code ?? 'HTTP_ERROR', message: refused?.error?.message ?? '' }
  }
  return { state: 'queued', because: verdict === 'signed_out' ? 'signed_out' : 'offline' }
}

/** Removes a refused item the user has read. */
export function dismissOutboxItem(key: string): void {
  storage.save(dismiss(storage.load(), key))
}
