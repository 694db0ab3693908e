import { PUBLIC } from '@platform/auth'
import { ErrorBody, PublicDisputeFigures, QihePublicInfo, QiheStaff } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

// Public: the citizens' intake app shows it; counts only, no names.
export const publicInfoRoute = defineRoute(PUBLIC, {
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

// One station for the whole branch: whoever may read its staff reads all of it.
export const staffRoute = defineRoute('qihe.staff.read', {
  method: 'get',
  path: '/api/disputes/staff',
  tags: ['qihe'],
  summary: 'Who serves at the Qihe Station (staff zone)',
  description: 'Active members of the four partner agencies, by agency, then by name.',
  responses: {
    200: { description: 'The active staff', content: { 'application/json': { schema: QiheStaff } } },
    401: { description: 'No valid actor assertion', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'The role may not read the staff', content: { 'application/json': { schema: ErrorBody } } },
  },
})

// Public: aggregates only, cells under the minimum suppressed ("one case → one type of case").
export const publicFiguresRoute = defineRoute(PUBLIC, {
  method: 'get',
  path: '/api/disputes/public/figures',
  tags: ['qihe'],
  summary: 'Disputes received per month and kind (public, small counts suppressed)',
  description:
    'The last 12 months in Beijing time, every kind of dispute per month. A count under 5 is `null`: shown ' +
    'as suppressed, so no small group of people can be singled out.',
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: PublicDisputeFigures } } },
  },
})
