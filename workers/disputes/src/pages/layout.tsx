import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { LOCALES, type Locale, translator } from './messages'

/** The gateway's stylesheet: same look as its own pages, nothing inline (the CSP holds). */
const SITE_CSS = '/_gateway/site.css'

type LayoutProps = {
  locale: Locale
  title: string
  /** Where the language switch leads when not back to this page (a page answering a POST). */
  languagePath?: string
  children?: Child
}

/**
 * The frame of the pages this worker renders for citizens without JavaScript: landmarks, a skip
 * link, the language switch (`?lang=`), no script and no inline style.
 */
export function Layout({ locale, title, languagePath = '', children }: LayoutProps) {
  const t = translator(locale)
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <title>{`${title} · ${t('page.site')}`}</title>
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href={SITE_CSS} />
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t('page.skip')}
          </a>
          <header class="site-header">
            <div class="wrap site-header__inner">
              <a class="site-name" href="/qihe/">
                {t('page.site')}
              </a>
              <nav aria-label={t('page.language')}>
                <ul class="language-switch">
                  {LOCALES.map((option) => (
                    <li>
                      <a
                        // Relative: the switch comes back to this very page (whatever its path holds),
                        // and pages that must look alike (unknown vs expired link) stay alike.
                        href={`${languagePath}?lang=${option}`}
                        lang={option}
                        hreflang={option}
                        aria-current={option === locale ? 'true' : undefined}
                      >
                        {t(`language.${option}`)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </header>
          <main id="main" class="wrap" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <div class="wrap site-footer__inner">
              <p>{t('page.footer')}</p>
            </div>
          </footer>
        </body>
      </html>
    </>
  )
}
