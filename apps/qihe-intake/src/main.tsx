import '@platform/ui/styles.css'
import './app.css'
import { Route, Router } from '@solidjs/router'
import { lazy } from 'solid-js'
import { render } from 'solid-js/web'
import { Layout } from './Layout'
import { Home } from './routes/Home'
import { Missing } from './routes/Missing'
import { Station } from './routes/Station'
import { Stations } from './routes/Stations'

// The intake is its own chunk: the first load (the station's page) stays within the JS budget.
const Start = lazy(() => import('./routes/Start').then((m) => ({ default: m.Start })))
const Figures = lazy(() => import('./routes/Figures').then((m) => ({ default: m.Figures })))
const Report = lazy(() => import('./routes/Report').then((m) => ({ default: m.Report })))
// The satisfaction short form and its text load with it, not on the first load.
const Survey = lazy(() => import('./routes/Survey').then((m) => ({ default: m.Survey })))

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')

// The gateway strips /qihe before the asset worker sees a path; the browser still shows it.
render(
  () => (
    <Router base="/qihe" root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/start" component={Start} />
      <Route path="/report" component={Report} />
      <Route path="/figures" component={Figures} />
      <Route path="/survey" component={Survey} />
      <Route path="/stations" component={Stations} />
      <Route path="/stations/:id" component={Station} />
      <Route path="*" component={Missing} />
    </Router>
  ),
  root,
)
