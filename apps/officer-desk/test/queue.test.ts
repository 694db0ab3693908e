import { describe, expect, it } from 'vitest'
import {
  type Answer,
  afterAttempt,
  BACKOFF_MAX_MS,
  backoffMs,
  dismiss,
  dueItems,
  enqueue,
  flush,
  type NewItem,
  nextDue,
  type OutboxItem,
  type OutboxStorage,
  parseItems,
  verdictOf,
} from '../src/offline/queue'

const T0 = Date.UTC(2026, 10, 23, 1, 0)
const entry = (key: string, owner = 'acc-1'): NewItem => ({
  key,
  kind: 'presence',
  path: '/api/officers/me/presence',
  body: { start: '2026-11-23T08:00:00+08:00', end: '2026-11-23T09:00:00+08:00' },
  owner,
})

/** A storage that survives "page loads" the way localStorage does: through JSON. */
function memoryStorage(items: OutboxItem[] = []): OutboxStorage & { text: string } {
  const store = {
    text: JSON.stringify(items),
    load: () => parseItems(store.text),
    save: (next: OutboxItem[]) => {
      store.text = JSON.stringify(next)
    },
  }
  return store
}

/**
 * A platform that honours Idempotency-Key like runIdempotent: the first request with a key
 * creates one record, a repeat answers the first answer and creates nothing.
 */
function fakePlatform() {
  const records = new Map<string, unknown>()
  const sent: string[] = []
  return {
    records,
    sent,
    accept(item: OutboxItem): Answer {
      sent.push(item.key)
      if (!records.has(item.key)) records.set(item.key, item.body)
      return { status: 201 }
    },
  }
}

describe('what an answer means for a queued item', () => {
  it.each([
    [200, 'sent'],
    [201, 'sent'],
    [0, 'retry'],
    [408, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
    [401, 'signed_out'],
    [400, 'refused'],
    [403, 'refused'],
    [404, 'refused'],
    [409, 'refused'],
    [422, 'refused'],
  ] as const)('status %i → %s', (status, verdict) => {
    expect(verdictOf(status)).toBe(verdict)
  })
})

describe('retries back off', () => {
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [8, 256_000],
    [9, BACKOFF_MAX_MS],
    [50, BACKOFF_MAX_MS],
  ])('after %i failed attempts the next waits %i ms', (attempts, wait) => {
    expect(backoffMs(attempts)).toBe(wait)
  })
})

describe('queueing', () => {
  it('an entry made offline waits, due at once, with its key', () => {
    const items = enqueue([], entry('k1'), T0)
    expect(items).toEqual([
      expect.objectContaining({ key: 'k1', state: 'waiting', attempts: 0, nextAttemptAt: T0, owner: 'acc-1' }),
    ])
  })

  it('the same key queued twice (a double tap) is one item', () => {
    const once = enqueue([], entry('k1'), T0)
    expect(enqueue(once, entry('k1'), T0 + 5)).toHaveLength(1)
  })

  it("only the signed-in account's items are sent", () => {
    const items = enqueue(enqueue([], entry('mine'), T0), entry('theirs', 'acc-2'), T0)
    expect(dueItems(items, 'acc-1', T0).map((i) => i.key)).toEqual(['mine'])
  })

  it('an item backing off is not due before its time, unless forced (the connection came back)', () => {
    const items = afterAttempt(enqueue([], entry('k1'), T0), 'k1', { status: 0 }, T0)
    expect(dueItems(items, 'acc-1', T0 + 1_999)).toEqual([])
    expect(dueItems(items, 'acc-1', T0 + 2_000)).toHaveLength(1)
    expect(dueItems(items, 'acc-1', T0 + 1, true)).toHaveLength(1)
  })

  it('a refused item is never sent again, and leaves only when dismissed', () => {
    const refused = afterAttempt(
      enqueue([], entry('k1'), T0),
      'k1',
      { status: 422, code: 'RULE_PRESENCE_OVERLAP', message: 'overlaps' },
      T0,
    )
    expect(refused[0]).toMatchObject({ state: 'refused', error: { code: 'RULE_PRESENCE_OVERLAP', status: 422 } })
    expect(dueItems(refused, 'acc-1', T0 + 10 * BACKOFF_MAX_MS, true)).toEqual([])
    expect(nextDue(refused, 'acc-1')).toBeUndefined()
    expect(dismiss(refused, 'k1')).toEqual([])
  })

  it('dismissing never drops an item that is still to be sent', () => {
    const items = enqueue([], entry('k1'), T0)
    expect(dismiss(items, 'k1')).toHaveLength(1)
  })

  it('a lost session keeps the item waiting without counting an attempt', () => {
    const items = afterAttempt(enqueue([], entry('k1'), T0), 'k1', { status: 401, code: 'UNAUTHENTICATED' }, T0)
    expect(items[0]).toMatchObject({ state: 'waiting', attempts: 0 })
  })

  it('unreadable storage is an empty outbox, not a broken desk', () => {
    expect(parseItems('{not json')).toEqual([])
    expect(parseItems('{"a":1}')).toEqual([])
    expect(parseItems(JSON.stringify([{ key: 1 }]))).toEqual([])
    expect(parseItems(null)).toEqual([])
  })
})

describe('sending when the connection returns', () => {
  it('each waiting entry is sent once, oldest first, and leaves the outbox', async () => {
    const storage = memoryStorage(enqueue(enqueue([], entry('k1'), T0), entry('k2'), T0 + 1))
    const platform = fakePlatform()
    const verdicts = await flush(
      storage,
      async (item) => platform.accept(item),
      'acc-1',
      () => T0 + 2,
    )
    expect(platform.sent).toEqual(['k1', 'k2'])
    expect([...verdicts.values()]).toEqual(['sent', 'sent'])
    expect(storage.load()).toEqual([])
  })

  it('a flush without connection stops at the first item and keeps them all', async () => {
    const storage = memoryStorage(enqueue(enqueue([], entry('k1'), T0), entry('k2'), T0))
    let calls = 0
    const offline = async () => {
      calls++
      throw new TypeError('Failed to fetch')
    }
    await flush(storage, offline, 'acc-1', () => T0)
    expect(calls).toBe(1)
    expect(storage.load().map((i) => [i.key, i.state, i.attempts])).toEqual([
      ['k1', 'waiting', 1],
      ['k2', 'waiting', 0],
    ])
  })

  it('an answer lost on the way back is retried with the same key: one record on the platform', async () => {
    const storage = memoryStorage(enqueue([], entry('k1'), T0))
    const platform = fakePlatform()
    // First attempt: the platform stores it, the phone never hears back.
    const lossy = async (item: OutboxItem): Promise<Answer> => {
      platform.accept(item)
      return { status: 0, code: 'NETWORK_ERROR' }
    }
    await flush(storage, lossy, 'acc-1', () => T0)
    expect(storage.load()).toHaveLength(1)
    await flush(
      storage,
      async (item) => platform.accept(item),
      'acc-1',
      () => T0 + 60_000,
    )
    expect(platform.sent).toEqual(['k1', 'k1'])
    expect(platform.records.size).toBe(1)
    expect(storage.load()).toEqual([])
  })

  it('a refusal stays visible with its rule, and the entries behind it still go', async () => {
    const storage = memoryStorage(enqueue(enqueue([], entry('bad'), T0), entry('good'), T0))
    const send = async (item: OutboxItem): Promise<Answer> =>
      item.key === 'bad' ? { status: 422, code: 'RULE_PRESENCE_FUTURE', message: 'future' } : { status: 201 }
    const verdicts = await flush(storage, send, 'acc-1', () => T0)
    expect(Object.fromEntries(verdicts)).toEqual({ bad: 'refused', good: 'sent' })
    expect(storage.load()).toEqual([
      expect.objectContaining({
        key: 'bad',
        state: 'refused',
        error: expect.objectContaining({ code: 'RULE_PRESENCE_FUTURE' }),
      }),
    ])
  })

  it('an item left "sending" by a closed page is sent again with its key', async () => {
    const stuck = enqueue([], entry('k1'), T0).map((i) => ({ ...i, state: 'sending' as const }))
    const storage = memoryStorage(stuck)
    const platform = fakePlatform()
    await flush(
      storage,
      async (item) => platform.accept(item),
      'acc-1',
      () => T0,
    )
    expect(platform.sent).toEqual(['k1'])
    expect(storage.load()).toEqual([])
  })

  it('an item queued while a flush is under way is kept', async () => {
    const storage = memoryStorage(enqueue([], entry('k1'), T0))
    const send = async (): Promise<Answer> => {
      storage.save(enqueue(storage.load(), entry('k2'), T0))
      return { status: 201 }
    }
    await flush(storage, send, 'acc-1', () => T0)
    expect(storage.load().map((i) => i.key)).toEqual(['k2'])
  })

  it('the platform down (503) keeps the item waiting with a longer backoff each time', async () => {
    const storage = memoryStorage(enqueue([], entry('k1'), T0))
    const down = async (): Promise<Answer> => ({ status: 503, code: 'SERVICE_UNAVAILABLE' })
    await flush(storage, down, 'acc-1', () => T0)
    await flush(storage, down, 'acc-1', () => T0, true)
    expect(storage.load()[0]).toMatchObject({ state: 'waiting', attempts: 2, nextAttemptAt: T0 + 4_000 })
  })
})
