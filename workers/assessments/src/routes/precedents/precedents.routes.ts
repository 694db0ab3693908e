import { z } from '@hono/zod-openapi'
import { ErrorBody, ExemptionRates, PrecedentQuery, Precedents } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const json = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const asked = { 401: json('No valid actor assertion'), 403: json('The role may not do this') } as const

export const precedentsRoute = defineRoute('precedent.read', {
  method: 'get',
  path: '/api/assessments/precedents',
  tags: ['precedents'],
  summary: 'The anonymised precedent library: decided exemption cases, searchable by criterion and outcome',
  description:
    'No officer, station, filer or member: a stable reference, the quarter, the duty, the facts and the evidence ' +
    'and reasons per criterion, with digits that could identify someone masked. `criterion` with `q` searches ' +
    "that criterion's evidence and reasons; `q` alone searches everything.",
  request: { query: PrecedentQuery },
  responses: {
    200: { description: 'The precedents, newest first', content: { 'application/json': { schema: Precedents } } },
    400: json('Malformed query'),
    ...asked,
  },
})

const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/)

export const exemptionRatesRoute = defineRoute('exemption.rate.read', {
  method: 'get',
  path: '/api/assessments/exemption-rates',
  tags: ['precedents'],
  summary: 'Exemptions granted out of cases decided, per station and quarter, and for the branch',
  description: 'A case counts once, by its final word (a decided appeal replaces the first decision).',
  request: {
    query: z.object({
      from: Quarter.optional().openapi({ param: { name: 'from', in: 'query' } }),
      to: Quarter.optional().openapi({ param: { name: 'to', in: 'query' } }),
    }),
  },
  responses: {
    200: { description: 'The rates', content: { 'application/json': { schema: ExemptionRates } } },
    400: json('Malformed query'),
    ...asked,
  },
})
