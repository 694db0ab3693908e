import { createEffect } from 'solid-js'

/** Keeps `document.title` as "page · app" in the current language (the first thing a screen reader reads). */
export function usePageTitle(page: () => string, app: () => string): void {
  createEffect(() => {
    const pageTitle = page()
    const appTitle = app()
    document.title = pageTitle === appTitle ? appTitle : `${pageTitle} · ${appTitle}`
  })
}
