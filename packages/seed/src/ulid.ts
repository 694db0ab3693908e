import type { Rng } from './prng'

// Ids are ULIDs (contracts' Id: Crockford base32, 26 characters): 10 characters of time and
// 16 of randomness. The seed fixes the time and draws the randomness from its PRNG, so the
// same seed gives the same ids on every machine. Each id is one millisecond after the previous
// one, so sorting by id lists seeded rows in the order they were made (stations in district order).

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** The month the branch completed the reform (2024-09: all 20 stations dedicated). */
export const SEED_TIME = Date.UTC(2024, 8, 30)

function encodeTime(time: number): string {
  let rest = time
  let out = ''
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD.charAt(rest % 32) + out
    rest = Math.floor(rest / 32)
  }
  return out
}

export function createUlid(rng: Rng, time: number = SEED_TIME): () => string {
  let tick = time
  return () => {
    let random = ''
    for (let i = 0; i < 16; i++) random += CROCKFORD.charAt(rng.int(0, 31))
    return encodeTime(tick++) + random
  }
}
