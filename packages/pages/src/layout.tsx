import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { PlatformHeader, type PlatformHeaderProps } from './platform-header'
import { SHELL_CSS_PATH, SITE_CSS_PATH } from './stylesheets'
import { pageTranslator } from './translate'

export type LayoutProps = Pick<PlatformHeaderProps, 'locale' | 'languageBase' | 'apps' | 'user'> & {
  title: string
  /** What follows the page title in `<title>` (the platform name unless a worker names its own site). */
  site?: string
  description?: string
  /** After the platform name in the header (e.g. the app whose pages these are). */
  context?: Child
  /** The footer's content (the platform's line unless given). */
  footer?: Child
  children?: Child
}

/**
 * The frame of every page a worker renders itself (the gateway's landing, sign-in, docs and
 * fallback pages; the disputes worker's no-JavaScript pages): landmarks, the platform header
 * (./platform-header, the same one the apps get), the gateway's stylesheets and nothing inline,
 * so the strict CSP holds without exceptions.
 */
export function Layout({ locale, title, site, description, context, footer, children, ...header }: LayoutProps) {
  const t = pageTranslator(locale)
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <title>{`${title} · ${site ?? t('platform.name')}`}</title>
          {description && <meta name="description" content={description} />}
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href={SITE_CSS_PATH} />
          <link rel="stylesheet" href={SHELL_CSS_PATH} />
        </head>
        <body>
          <PlatformHeader locale={locale} context={context} {...header} />
          <main id="main" class="wrap" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <div class="wrap site-footer__inner">{footer ?? <p>{t('platform.footer')}</p>}</div>
          </footer>
        </body>
      </html>
    </>
  )
}
