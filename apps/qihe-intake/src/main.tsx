import '@platform/ui/styles.css'
import './app.css'
import { Route, Router } from '@solidjs/router'
import { render } from 'solid-js/web'
import { Layout } from './Layout'
import { Home } from './routes/Home'
import { Missing } from './routes/Missing'
import { Station } from './routes/Station'
import { Stations } from './routes/Stations'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')

// The gateway strips /qihe before the asset worker sees a path; the browser still shows it.
render(
  () => (
    <Router base="/qihe" root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/stations" component={Stations} />
      <Route path="/stations/:id" component={Station} />
      <Route path="*" component={Missing} />
    </Router>
  ),
  root,
)
