import '@platform/ui/styles.css'
import './cases.css'
import { Route, Router } from '@solidjs/router'
import { lazy } from 'solid-js'
import { render } from 'solid-js/web'
import { Layout } from './Layout'
import { Board } from './routes/Board'
import { CasePage } from './routes/CasePage'
import { CaseQueue } from './routes/CaseQueue'
import { DecisionRecord } from './routes/DecisionRecord'
import { FileCase } from './routes/FileCase'
import { Missing } from './routes/Missing'
import { NominationPage } from './routes/NominationPage'
import { Precedents } from './routes/Precedents'
import { Rankings } from './routes/Rankings'

// Filed rarely (a few times a quarter): loaded on demand so it costs the first load nothing.
const FileNomination = lazy(() => import('./routes/FileNomination').then((m) => ({ default: m.FileNomination })))

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')

// The gateway strips /board before the asset worker sees a path; the browser still shows it.
render(
  () => (
    <Router base="/board" root={Layout}>
      <Route path="/" component={Board} />
      <Route path="/cases" component={CaseQueue} />
      <Route path="/cases/new" component={FileCase} />
      <Route path="/cases/:id" component={CasePage} />
      <Route path="/cases/:id/record" component={DecisionRecord} />
      <Route path="/nominations/new" component={FileNomination} />
      <Route path="/nominations/:id" component={NominationPage} />
      <Route path="/precedents" component={Precedents} />
      <Route path="/rankings" component={Rankings} />
      <Route path="*" component={Missing} />
    </Router>
  ),
  root,
)
