import { describe, expect, it } from 'vitest'
import { checkTemplate, fieldOfPath, type TemplateValues } from '../src/templates/form-rules'

const visits: TemplateValues = {
  kind: 'special',
  cadence: 'weekly',
  titleZh: '冬季防火走访',
  titleEn: 'Winter fire-safety visits',
  target: '30',
  unitZh: '户',
  unitEn: 'households',
  evidence: 'count',
  checklistId: '',
  dedicatedOnly: true,
}

describe('the template form checks what the API checks before sending', () => {
  it('sends a quantified standard as a number, without a checklist for count evidence', () => {
    expect(checkTemplate(visits).input).toEqual({
      kind: 'special',
      cadence: 'weekly',
      title: { zh: '冬季防火走访', en: 'Winter fire-safety visits' },
      target: 30,
      unit: { zh: '户', en: 'households' },
      evidence: 'count',
      checklistId: undefined,
      dedicatedOnly: true,
    })
  })

  it.each([
    { why: 'the lowest standard', change: { target: '1' } },
    { why: 'the highest standard', change: { target: '10000' } },
    { why: 'a title of 200 characters', change: { titleZh: '走'.repeat(200) } },
    { why: 'checklist evidence with its checklist', change: { evidence: 'checklist', checklistId: 'c1' } },
  ] as const)('accepts $why', ({ change }) => {
    expect(checkTemplate({ ...visits, ...change }).errors).toEqual({})
  })

  it.each([
    { why: 'a standard of 0', change: { target: '0' }, field: 'target' },
    { why: 'a standard over 10,000', change: { target: '10001' }, field: 'target' },
    { why: 'a fractional standard', change: { target: '2.5' }, field: 'target' },
    { why: 'no standard', change: { target: '' }, field: 'target' },
    { why: 'a blank Chinese title', change: { titleZh: '  ' }, field: 'titleZh' },
    { why: 'a title of 201 characters', change: { titleEn: 'x'.repeat(201) }, field: 'titleEn' },
    { why: 'a unit of 51 characters', change: { unitZh: '户'.repeat(51) }, field: 'unitZh' },
    { why: 'checklist evidence without a checklist', change: { evidence: 'checklist' }, field: 'checklistId' },
  ] as const)('refuses $why on its field', ({ change, field }) => {
    const result = checkTemplate({ ...visits, ...change })
    expect(Object.keys(result.errors)).toEqual([field])
    expect(result.input).toBeUndefined()
  })

  it("maps a 400's JSON paths onto the form's fields", () => {
    expect(['title.zh', 'unit.en', 'target', 'other'].map(fieldOfPath)).toEqual([
      'titleZh',
      'unitEn',
      'target',
      undefined,
    ])
  })
})
