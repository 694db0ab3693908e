import { createEffect, type JSX, on, onCleanup, onMount, Show } from 'solid-js'
import { tc } from './translate-common'

export type AppShellProps = {
  appTitle: string
  /** Links of the app's own navigation (router `<A>` elements). */
  nav?: JSX.Element
  /** Changes on every client-side navigation (the path): focus then moves to the new main content. */
  routeKey?: string
  children: JSX.Element
}

/**
 * The app's own bar (its name and navigation), main landmark and footer, shared by the three apps.
 * The platform header above it (skip link, platform name, app switcher, language, user menu,
 * sign-out) is not the app's: the gateway streams it into the page at `#platform-header`
 * (packages/pages), the same in every app and without JavaScript.
 */
export function AppShell(props: AppShellProps) {
  let main: HTMLElement | undefined
  let nav: HTMLDivElement | undefined

  // After a client-side navigation nothing tells a screen-reader user the page changed; moving
  // focus to <main> does, and puts keyboard users at the start of the new content.
  createEffect(
    on(
      () => props.routeKey,
      () => main?.focus(),
      { defer: true },
    ),
  )
  // On a phone the nav is one sideways-scrolling row: keep the current page's link in sight
  // (sideways only: scrollIntoView would also move the page).
  const revealActiveLink = () => {
    const link = nav?.querySelector('a.active')
    if (!nav || !link) return
    const [row, active] = [nav.getBoundingClientRect(), link.getBoundingClientRect()]
    if (active.left < row.left || active.right > row.right) nav.scrollLeft += active.left - row.left - 16
  }
  // The active link changes with the route, and links appear as the user's roles load: watch the row.
  onMount(() => {
    if (!nav) return
    const observer = new MutationObserver(() => requestAnimationFrame(revealActiveLink))
    observer.observe(nav, { subtree: true, childList: true, attributeFilter: ['class'] })
    requestAnimationFrame(revealActiveLink)
    onCleanup(() => observer.disconnect())
  })

  return (
    <div class="shell">
      {/* Not a <header>: the platform header above is the page's one banner. */}
      <div class="shell-header">
        <div class="container shell-header__bar">
          <p class="shell-brand">
            <span class="shell-brand__app">{props.appTitle}</span>
          </p>
        </div>
        <Show when={props.nav}>
          <nav class="shell-nav" aria-label={tc('shell.mainNav')}>
            <div class="container shell-nav__links" ref={nav}>
              {props.nav}
            </div>
          </nav>
        </Show>
      </div>
      <main id="main" class="container shell-main" tabindex="-1" ref={main}>
        {props.children}
      </main>
      <footer class="shell-footer">
        <div class="container shell-footer__bar">
          <span>{tc('shell.footer')}</span>
          <a href="/">{tc('platform.home')}</a>
        </div>
      </footer>
    </div>
  )
}
