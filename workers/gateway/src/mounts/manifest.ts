import { defineMounts } from './define-mounts'

/**
 * The mount table: the one place that says which path goes to which worker. Routes, the
 * API docs page (one section per `api` mount) and the RPC time-boxes all read it.
 * The gateway's own paths (`/`, `/auth/*`, `/api/identity/*`, `/api/public/*`, `/api/docs`,
 * `/_gateway/*`: ./gateway-paths) are not mounts. Staff-zone apps open only with a signed-in
 * session; staff-zone APIs get the signed actor assertion; the public zone gets no cookies.
 */
export const mounts = defineMounts([
  { prefix: '/qihe', binding: 'QIHE_INTAKE', zone: 'public', kind: 'app' },
  { prefix: '/board', binding: 'REVIEW_BOARD', zone: 'staff', kind: 'app' },
  { prefix: '/desk', binding: 'OFFICER_DESK', zone: 'staff', kind: 'app' },
  { prefix: '/api/officers', binding: 'OFFICERS', zone: 'staff', kind: 'api' },
  { prefix: '/api/communities', binding: 'COMMUNITIES', zone: 'staff', kind: 'api' },
  { prefix: '/api/assessments', binding: 'ASSESSMENTS', zone: 'staff', kind: 'api' },
  { prefix: '/api/disputes', binding: 'DISPUTES', zone: 'staff', kind: 'api' },
])
