import '@platform/ui/styles.css'
import './app.css'
import { Route, Router } from '@solidjs/router'
import { lazy } from 'solid-js'
import { render } from 'solid-js/web'
import { Disputes } from './disputes/Disputes'
import { Layout } from './Layout'
import { DeskHome } from './routes/DeskHome'
import { Missing } from './routes/Missing'
import { StationRoster } from './routes/StationRoster'
import { Assign } from './work/Assign'
import { Exceptions } from './work/Exceptions'
import { TeamWeeks } from './work/TeamWeeks'
import { ThisWeek } from './work/ThisWeek'

// The dashboard's charts and tables load when it is opened, not with the desk.
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((module) => ({ default: module.Dashboard })))

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')

// The gateway strips /desk before the asset worker sees a path; the browser still shows it.
render(
  () => (
    <Router base="/desk" root={Layout}>
      <Route path="/" component={DeskHome} />
      <Route path="/stations/:id" component={StationRoster} />
      <Route path="/dashboard" component={Dashboard} />
      <Route path="/week" component={ThisWeek} />
      <Route path="/team" component={TeamWeeks} />
      <Route path="/assign" component={Assign} />
      <Route path="/exceptions" component={Exceptions} />
      <Route path="/disputes" component={Disputes} />
      <Route path="*" component={Missing} />
    </Router>
  ),
  root,
)
