import type { JSX } from 'solid-js'
import { tc } from './translate-common'

/** The app's own 404 (deep links that match no route); `children` is the app's link home. */
export function NotFound(props: { children: JSX.Element }) {
  return (
    <section class="stack" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{tc('notFound.title')}</h1>
      <p>{tc('notFound.body')}</p>
      <p>{props.children}</p>
    </section>
  )
}
