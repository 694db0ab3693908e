import { createEffect, type JSX, on, Show } from 'solid-js'
import { LanguageSwitch } from './LanguageSwitch'
import { tc } from './translate-common'

export type AppShellProps = {
  appTitle: string
  /** Who is signed in, beside the language switch (staff apps: `<UserMenu />`; the public app has none). */
  account?: JSX.Element
  /** Links of the app's own navigation (router `<A>` elements). */
  nav?: JSX.Element
  /** Changes on every client-side navigation (the path): focus then moves to the new main content. */
  routeKey?: string
  children: JSX.Element
}

/** Header (platform, app, language, account), skip link, main landmark and footer shared by the three apps. */
export function AppShell(props: AppShellProps) {
  let main: HTMLElement | undefined

  // After a client-side navigation nothing tells a screen-reader user the page changed; moving
  // focus to <main> does, and puts keyboard users at the start of the new content.
  createEffect(
    on(
      () => props.routeKey,
      () => main?.focus(),
      { defer: true },
    ),
  )

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault()
    main?.focus()
    main?.scrollIntoView()
  }

  return (
    <div class="shell">
      <a class="skip-link" href="#main" on:click={skipToMain}>
        {tc('shell.skipToMain')}
      </a>
      <header class="shell-header">
        <div class="container shell-header__bar">
          <p class="shell-brand">
            <a class="shell-brand__platform" href="/">
              {tc('platform.name')}
            </a>
            <span class="shell-brand__app">{props.appTitle}</span>
          </p>
          <div class="shell-header__tools">
            <LanguageSwitch />
            {props.account}
          </div>
        </div>
        <Show when={props.nav}>
          <nav class="shell-nav" aria-label={tc('shell.mainNav')}>
            <div class="container shell-nav__links">{props.nav}</div>
          </nav>
        </Show>
      </header>
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
