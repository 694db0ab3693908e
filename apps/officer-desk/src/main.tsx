import '@platform/ui/styles.css'
import './app.css'
import { Route, Router } from '@solidjs/router'
import { render } from 'solid-js/web'
import { Layout } from './Layout'
import { DeskHome } from './routes/DeskHome'
import { Missing } from './routes/Missing'
import { StationRoster } from './routes/StationRoster'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')

// The gateway strips /desk before the asset worker sees a path; the browser still shows it.
render(
  () => (
    <Router base="/desk" root={Layout}>
      <Route path="/" component={DeskHome} />
      <Route path="/stations/:id" component={StationRoster} />
      <Route path="*" component={Missing} />
    </Router>
  ),
  root,
)
