import { RequestError } from '@platform/ui'
import { describe, expect, it, vi } from 'vitest'
import { checked, createSubmission, type RefusedField } from '../src/components/submission'

// The package's index brings the JSX shell along, which this DOM-less run does not compile: the
// error class alone stands in for it, as the fetch wrapper throws it.
vi.mock('@platform/ui', () => ({
  RequestError: class RequestError extends Error {
    readonly code: string
    readonly details: unknown
    constructor(init: { status: number; code: string; message: string; details?: unknown }) {
      super(init.message)
      this.code = init.code
      this.details = init.details
    }
  },
}))

type Errors = { name?: string }
const refusal = (code: string, details?: unknown) => new RequestError({ status: 400, code, message: code, details })

function form(fieldErrors?: (fields: RefusedField[]) => Errors) {
  return createSubmission<Errors>({
    keyPrefix: 'thing',
    fixFields: () => 'fix the fields',
    failed: (error) => `failed ${(error as RequestError).code ?? 'NETWORK_ERROR'}`,
    fieldErrors,
  })
}

describe('an entry form submission', () => {
  it('sends nothing while the form has errors, and says so', async () => {
    const f = form()
    const sent: string[] = []
    await f.submit({
      check: () => checked<Errors, string>({ name: 'required' }, () => 'x'),
      send: async (input) => sent.push(input),
      saved: () => ({ kind: 'ok', text: 'saved' }),
    })
    expect(sent).toEqual([])
    expect(f.errors()).toEqual({ name: 'required' })
    expect(f.result()).toEqual({ kind: 'error', text: 'fix the fields' })
  })

  it('sends a retry after a lost answer with the same Idempotency-Key, and a new one after a saved record', async () => {
    const f = form()
    const keys: string[] = []
    let lose = true
    const attempt = () =>
      f.submit({
        check: () => checked({}, () => 'x'),
        send: async (_input, key) => {
          keys.push(key)
          if (lose) {
            lose = false
            throw new RequestError({ status: 0, code: 'NETWORK_ERROR', message: 'lost' })
          }
          return 'answer'
        },
        saved: (answer) => ({ kind: 'ok', text: answer }),
      })
    await attempt()
    expect(f.result()).toEqual({ kind: 'error', text: 'failed NETWORK_ERROR' })
    await attempt()
    expect(f.result()).toEqual({ kind: 'ok', text: 'answer' })
    expect(keys[0]).toMatch(/^thing-/)
    expect(keys[1]).toBe(keys[0])
    expect(f.key.current()).not.toBe(keys[0])
    expect(f.busy()).toBe(false)
  })

  it('keeps the key after a saved record when asked (a second tap replays the first answer)', async () => {
    const f = form()
    const before = f.key.current()
    await f.submit({
      check: () => checked({}, () => 'x'),
      send: async () => 'answer',
      saved: () => ({ kind: 'ok', text: 'saved' }),
      keepKey: true,
    })
    expect(f.key.current()).toBe(before)
  })

  it('puts the fields a 400 names on the form, or words the 400 when the form maps none', async () => {
    const invalid = refusal('VALIDATION_FAILED', { fields: [{ path: 'name', code: 'too_big' }] })
    const send = {
      check: () => checked({}, () => 'x'),
      send: async () => {
        throw invalid
      },
      saved: () => ({ kind: 'ok' as const, text: 'saved' }),
    }
    const mapped = form((fields) => ({ name: fields[0]?.code }))
    await mapped.submit(send)
    expect(mapped.errors()).toEqual({ name: 'too_big' })
    expect(mapped.result()).toEqual({ kind: 'error', text: 'fix the fields' })
    const unmapped = form()
    await unmapped.submit(send)
    expect(unmapped.result()).toEqual({ kind: 'error', text: 'failed VALIDATION_FAILED' })
  })

  it('lets the form word a refusal of its own (a 409) before the usual handling', async () => {
    const f = form()
    await f.submit({
      check: () => checked({}, () => 'x'),
      send: async () => {
        throw refusal('THING_EXISTS')
      },
      saved: () => ({ kind: 'ok', text: 'saved' }),
      refused: (error) =>
        error instanceof RequestError && error.code === 'THING_EXISTS'
          ? { kind: 'exists', text: 'on file' }
          : undefined,
    })
    expect(f.result()).toEqual({ kind: 'exists', text: 'on file' })
  })
})
