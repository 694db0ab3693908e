import { createRoute } from '@hono/zod-openapi'
import { QihePublicInfo, QiheStaff } from '@platform/contracts'

export const publicInfoRoute = createRoute({
  method: 'get',
  path: '/api/disputes/public/qihe',
  tags: ['qihe'],
  summary: 'What the public sees of the Qihe Station',
  description:
    'The opening date, how many people each partner agency (police, procuratorate, court, justice bureau) ' +
    'has at the station as resident, rotating or on-call members, and the kinds of dispute it takes. ' +
    'Counts only: no names.',
  responses: {
    200: { description: 'The station in figures', content: { 'application/json': { schema: QihePublicInfo } } },
  },
})

export const staffRoute = createRoute({
  method: 'get',
  path: '/api/disputes/staff',
  tags: ['qihe'],
  summary: 'Who serves at the Qihe Station (staff zone)',
  description: 'Active members of the four partner agencies, by agency, then by name.',
  responses: {
    200: { description: 'The active staff', content: { 'application/json': { schema: QiheStaff } } },
  },
})
