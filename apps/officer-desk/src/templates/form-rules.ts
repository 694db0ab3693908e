import type { TaskCadence, TaskEvidence, TaskKind, TaskTemplateEdit } from '@platform/contracts'

// The template form's checks, the API's own (packages/contracts TaskTemplateRequest), so a field
// says what is wrong before anything is sent. Pure: the form words the codes (messages.ts).

export type TemplateValues = {
  kind: TaskKind
  cadence: TaskCadence
  titleZh: string
  titleEn: string
  target: string
  unitZh: string
  unitEn: string
  evidence: TaskEvidence
  checklistId: string
  dedicatedOnly: boolean
}
export type TemplateField = Exclude<keyof TemplateValues, 'dedicatedOnly'>
/** Why a field is refused: blank, too long, a standard outside 1–10,000, a checklist missing. */
export type TemplateError = 'required' | 'tooLong' | 'target' | 'checklist'
export type TemplateErrors = Partial<Record<TemplateField, TemplateError>>

export const LIMITS = { title: 200, unit: 50, targetMin: 1, targetMax: 10_000 }

const text = (value: string, max: number): TemplateError | undefined =>
  value.trim() === '' ? 'required' : value.trim().length > max ? 'tooLong' : undefined

export function checkTemplate(values: TemplateValues): { errors: TemplateErrors; input?: TaskTemplateEdit } {
  const errors: TemplateErrors = {}
  const put = (field: TemplateField, error: TemplateError | undefined) => {
    if (error) errors[field] = error
  }
  put('titleZh', text(values.titleZh, LIMITS.title))
  put('titleEn', text(values.titleEn, LIMITS.title))
  put('unitZh', text(values.unitZh, LIMITS.unit))
  put('unitEn', text(values.unitEn, LIMITS.unit))
  const target = Number(values.target)
  if (!/^\d+$/.test(values.target.trim()) || target < LIMITS.targetMin || target > LIMITS.targetMax)
    put('target', 'target')
  if (values.evidence === 'checklist' && values.checklistId === '') put('checklistId', 'checklist')
  if (Object.keys(errors).length > 0) return { errors }
  return {
    errors,
    input: {
      kind: values.kind,
      cadence: values.cadence,
      title: { zh: values.titleZh.trim(), en: values.titleEn.trim() },
      target,
      unit: { zh: values.unitZh.trim(), en: values.unitEn.trim() },
      evidence: values.evidence,
      checklistId: values.evidence === 'checklist' ? values.checklistId : undefined,
      dedicatedOnly: values.dedicatedOnly,
    },
  }
}

/** A 400's JSON paths (title.zh, target, …) as the form's fields. */
export function fieldOfPath(path: string): TemplateField | undefined {
  const fields: Record<string, TemplateField> = {
    'title.zh': 'titleZh',
    'title.en': 'titleEn',
    'unit.zh': 'unitZh',
    'unit.en': 'unitEn',
    target: 'target',
    checklistId: 'checklistId',
    kind: 'kind',
    cadence: 'cadence',
    evidence: 'evidence',
  }
  return fields[path]
}
