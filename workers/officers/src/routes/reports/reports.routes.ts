import {
  ErrorBody,
  MyReportQuery,
  TeamSheet,
  TeamSheetQuery,
  WeeklyReport,
  WeeklyReports,
  WeeklyReportsQuery,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const myReportRoute = defineRoute('task.self', {
  method: 'get',
  path: '/api/officers/me/report',
  tags: ['reports'],
  summary: "The signed-in officer's weekly progress report: tasks, hours, disputes",
  description: '`week` is any date of the week (Asia/Shanghai), today when left out.',
  request: { query: MyReportQuery },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: WeeklyReport } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role keeps no weekly report'),
    404: error('The account stands for no officer'),
  },
})

export const weeklyReportsRoute = defineRoute('report.read', {
  method: 'get',
  path: '/api/officers/reports/weekly',
  tags: ['reports'],
  summary: 'The weekly progress reports of the officers in the reader’s scope (one officer or team with the query)',
  request: { query: WeeklyReportsQuery },
  responses: {
    200: { description: 'The reports', content: { 'application/json': { schema: WeeklyReports } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read reports'),
    404: error("An officer or team outside the reader's scope"),
  },
})

export const teamSheetRoute = defineRoute('report.read', {
  method: 'get',
  path: '/api/officers/reports/team-sheet',
  tags: ['reports'],
  summary: 'The team progress sheet (警务队推进表) of a week or a month',
  description:
    'Per team in the reader’s scope, per officer: hours against the period’s target, hours away, tasks due, ' +
    'done and overdue, refused attempts and disputes (null figures when the disputes worker did not answer).',
  request: { query: TeamSheetQuery },
  responses: {
    200: { description: 'The sheet', content: { 'application/json': { schema: TeamSheet } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read reports'),
    404: error("A team outside the reader's scope"),
  },
})
