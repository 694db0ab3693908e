import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { LOCALES, type Locale, translator } from '../i18n'
import { SITE_CSS_PATH } from '../routes/site-css'

type LayoutProps = {
  locale: Locale
  title: string
  description?: string
  /** The page's own path (and query, e.g. `?next=`) when it has the no-JS language switch (`lang=`). */
  languageSwitchPath?: string
  children?: Child
}

/**
 * The frame of every page the gateway renders itself: landmarks (header, nav, main, footer),
 * a skip link, the stylesheet from `/_gateway/site.css` and nothing inline, so the strict CSP
 * holds without exceptions.
 */
export function Layout({ locale, title, description, languageSwitchPath, children }: LayoutProps) {
  const t = translator(locale)
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${t('site.name')}`}</title>
          {description && <meta name="description" content={description} />}
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href={SITE_CSS_PATH} />
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t('site.skipToMain')}
          </a>
          <header class="site-header">
            <div class="wrap site-header__inner">
              <a class="site-name" href="/">
                {t('site.name')}
              </a>
              {languageSwitchPath && (
                <nav aria-label={t('site.languageNav')}>
                  <ul class="language-switch">
                    {LOCALES.map((option) => (
                      <li>
                        <a
                          href={`${languageSwitchPath}${languageSwitchPath.includes('?') ? '&' : '?'}lang=${option}`}
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
              )}
            </div>
          </header>
          <main id="main" class="wrap" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <div class="wrap site-footer__inner">
              <p>{t('site.footer')}</p>
              <p>
                <a href="/api/docs">{t('site.apiDocs')}</a>
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  )
}
