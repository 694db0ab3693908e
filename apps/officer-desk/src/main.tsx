import '@platform/ui/styles.css'
import './app.css'
import { Route, Router } from '@solidjs/router'
import { lazy } from 'solid-js'
import { render } from 'solid-js/web'
import { Disputes } from './disputes/Disputes'
import { Layout } from './Layout'
import { loadOutboxPage, loadTasks, loadToday } from './offline/offline-pages'
import { DeskHome } from './routes/DeskHome'
import { Missing } from './routes/Missing'
import { StationRoster } from './routes/StationRoster'
import { Assign } from './work/Assign'
import { Exceptions } from './work/Exceptions'
import { TeamWeeks } from './work/TeamWeeks'
import { ThisWeek } from './work/ThisWeek'

// The dashboard's charts and tables load when it is opened, not with the desk.
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((module) => ({ default: module.Dashboard })))
const KeyUnitPage = lazy(() => import('./key-units/KeyUnitPage').then((module) => ({ default: module.KeyUnitPage })))
// Joint defence (十户联防): the groups and rota, a group's shops, duty reports and hand-overs.
const DefencePage = lazy(() => import('./defence/DefencePage').then((module) => ({ default: module.DefencePage })))
const DefenceGroup = lazy(() => import('./defence/GroupPage').then((module) => ({ default: module.GroupPage })))
// Outreach (groups, campaigns, events) and a community's incidents: entry pages, loaded when opened.
const OutreachPage = lazy(() => import('./outreach/OutreachPage').then((module) => ({ default: module.OutreachPage })))
const IncidentsPage = lazy(() =>
  import('./incidents/IncidentsPage').then((module) => ({ default: module.IncidentsPage })),
)
// Today, Tasks and the outbox load right after the desk (offline-pages.ts: they open offline);
// reports, the ledger, transfers and the grid when opened.
const Today = lazy(loadToday)
const Tasks = lazy(loadTasks)
const OutboxPage = lazy(loadOutboxPage)
const MyGrid = lazy(() => import('./tasks/MyGrid').then((module) => ({ default: module.MyGrid })))
const WeeklyReport = lazy(() => import('./reports/WeeklyReport').then((module) => ({ default: module.WeeklyReport })))
const Ledger = lazy(() => import('./reports/Ledger').then((module) => ({ default: module.Ledger })))
const Transfers = lazy(() => import('./transfers/Transfers').then((module) => ({ default: module.Transfers })))
// The station's task templates and meeting calendar, for those who keep them: loaded when opened.
const TemplatesPage = lazy(() =>
  import('./templates/TemplatesPage').then((module) => ({ default: module.TemplatesPage })),
)
// The Qihe Station's roster, learning from types and the printable agreement load when opened.
const QiheRoster = lazy(() => import('./disputes/Roster').then((module) => ({ default: module.Roster })))
const Insights = lazy(() => import('./disputes/Insights').then((module) => ({ default: module.Insights })))
const AgreementPrint = lazy(() =>
  import('./disputes/AgreementPrint').then((module) => ({ default: module.AgreementPrint })),
)

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')

// The gateway strips /desk before the asset worker sees a path; the browser still shows it.
render(
  () => (
    <Router base="/desk" root={Layout}>
      <Route path="/" component={DeskHome} />
      <Route path="/stations/:id" component={StationRoster} />
      <Route path="/dashboard" component={Dashboard} />
      <Route path="/key-units/:id" component={KeyUnitPage} />
      <Route path="/defence" component={DefencePage} />
      <Route path="/defence/:id" component={DefenceGroup} />
      <Route path="/outreach" component={OutreachPage} />
      <Route path="/incidents" component={IncidentsPage} />
      <Route path="/week" component={ThisWeek} />
      <Route path="/team" component={TeamWeeks} />
      <Route path="/assign" component={Assign} />
      <Route path="/exceptions" component={Exceptions} />
      <Route path="/disputes" component={Disputes} />
      <Route path="/disputes/roster" component={QiheRoster} />
      <Route path="/disputes/insights" component={Insights} />
      <Route path="/disputes/:id/agreement" component={AgreementPrint} />
      <Route path="/today" component={Today} />
      <Route path="/tasks" component={Tasks} />
      <Route path="/grid" component={MyGrid} />
      <Route path="/report" component={WeeklyReport} />
      <Route path="/ledger" component={Ledger} />
      <Route path="/transfers" component={Transfers} />
      <Route path="/templates" component={TemplatesPage} />
      <Route path="/outbox" component={OutboxPage} />
      <Route path="*" component={Missing} />
    </Router>
  ),
  root,
)
