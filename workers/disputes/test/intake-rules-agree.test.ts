import { DisputeIntake, intakeFromForm } from '@platform/contracts'
import { type IntakeDraft, intakeDraftErrors } from '@platform/contracts/disputes-intake-rules'
import { describe, expect, it } from 'vitest'

// The app checks the form with the zod-free rules; the server with the zod schema. Both must
// find the same fields at fault, case by case.
const draft: IntakeDraft = {
  category: 'wages',
  description: 'The shop owes me two months of wages.',
  communityId: '01JD0000000000000000000C01',
  address: '东四十条 9 号',
  applicantName: '周',
  applicantPhone: '13800138000',
  otherName: '',
  otherPhone: '',
  preferredHandling: 'home_visit',
  consent: true,
}

const FIELD: Record<string, keyof IntakeDraft> = {
  'applicant.name': 'applicantName',
  'applicant.phone': 'applicantPhone',
  'otherParties.0.name': 'otherName',
  'otherParties.0.phone': 'otherPhone',
}

describe('the app and the server check the intake alike', () => {
  it.each<[string, Partial<IntakeDraft>]>([
    ['a valid draft', {}],
    ['no category', { category: '' }],
    ['an unknown category', { category: 'burglary' }],
    ['a 9-character description', { description: '123456789' }],
    ['a 10-character description', { description: '1234567890' }],
    ['a description of 2001 characters', { description: 'x'.repeat(2001) }],
    ['blank description', { description: '          ' }],
    ['no community', { communityId: '' }],
    ['a one-character address', { address: '东' }],
    ['no name', { applicantName: ' ' }],
    ['a 51-character name', { applicantName: 'n'.repeat(51) }],
    ['a short phone', { applicantPhone: '1380013800' }],
    ['a landline', { applicantPhone: '010-64040000' }],
    ['an other party without a name', { otherPhone: '13900139000' }],
    ['an other party with a bad phone', { otherName: '钱', otherPhone: '42' }],
    ['an other party with a name only', { otherName: '钱' }],
    ['no preference chosen', { preferredHandling: '' }],
    ['no consent', { consent: false }],
  ])('%s', (_, change) => {
    const values = { ...draft, ...change }
    const server = DisputeIntake.safeParse(intakeFromForm({ ...values, consent: values.consent ? 'on' : '' }))
    const serverFields = new Set(
      server.success ? [] : server.error.issues.map((i) => FIELD[i.path.join('.')] ?? String(i.path[0])),
    )
    expect([...serverFields].sort()).toEqual(Object.keys(intakeDraftErrors(values)).sort())
  })
})
