import { COMMUNITIES_CONFIG } from '../../config'

// The officers' and assessments workers' monthly answers (hours, satisfaction), kept in the isolate
// for the figures' time to live. They do not depend on this worker's records, so a write here (a
// registration, an incident) recomputes the figures without asking the other workers the twelve
// months again; how late their own changes may show stays bounded by the time to live. Only
// complete answers are kept: a month a worker failed or was late for is asked again next time.

type Kept = { storedAt: number; answer: unknown }

const answers = new Map<string, Kept>()

export const peerAnswerKey = (stationId: string | null, month: string) => `${stationId ?? 'district'}|${month}`

export function keptPeerAnswer<T>(key: string, now = Date.now()): T | undefined {
  const kept = answers.get(key)
  if (!kept) return undefined
  if (now - kept.storedAt > COMMUNITIES_CONFIG.figuresCache.ttlMs) {
    answers.delete(key)
    return undefined
  }
  return kept.answer as T
}

export function keepPeerAnswer(key: string, answer: unknown, now = Date.now()) {
  answers.delete(key)
  // Twelve months a scope: room for every scope's trend before the oldest go.
  while (answers.size >= COMMUNITIES_CONFIG.figuresCache.maxEntries * 12) {
    const oldest = answers.keys().next().value
    if (oldest === undefined) break
    answers.delete(oldest)
  }
  answers.set(key, { storedAt: now, answer })
}
