/**
 * The `Idempotency-Key` of one form submission: a retry of the same values (a lost answer, a
 * second tap) sends the same key, so the server answers the first result and records nothing
 * twice; changed values or a saved record start a new submission with a new key.
 */
export function submissionKey(prefix: string, fresh: () => string = () => crypto.randomUUID()) {
  let key = `${prefix}-${fresh()}`
  return {
    current: () => key,
    renew: () => {
      key = `${prefix}-${fresh()}`
    },
  }
}
