/**
 * A D1 binding that counts the SQL statements run through it (each `prepare`, whether run alone
 * or in a batch, and each `exec`), for tests that hold a list endpoint's query count fixed as its
 * page fills (no query per row). Pass `db` in place of the worker's binding:
 * `app.fetch(request, { ...env, DB: counter.db }, ctx)`, then read `counter.count`.
 */
export function countingD1(binding: D1Database): { db: D1Database; readonly count: number; reset(): void } {
  let count = 0
  const db = new Proxy(binding, {
    get(target, property) {
      const value = Reflect.get(target, property, target)
      if (property === 'prepare' || property === 'exec')
        return (...args: unknown[]) => {
          count++
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return {
    db,
    get count() {
      return count
    },
    reset() {
      count = 0
    },
  }
}
