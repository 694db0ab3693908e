import { Layout as PageLayout } from '@platform/pages'
import type { Child } from 'hono/jsx'
import { type Locale, translator } from './messages'

type LayoutProps = {
  locale: Locale
  title: string
  /** Where the language switch leads when not back to this page (a page answering a POST). */
  languagePath?: string
  children?: Child
}

/**
 * The frame of the pages this worker renders for citizens without JavaScript: the platform's one
 * page layout and public header (packages/pages, the same the gateway streams into the Qihe app),
 * named for Qihe Station, with the language switch (`?lang=`), no script and no inline style.
 */
export function Layout({ locale, title, languagePath = '', children }: LayoutProps) {
  const t = translator(locale)
  return (
    <PageLayout
      locale={locale}
      title={title}
      site={t('page.site')}
      // Relative: the switch comes back to this very page (whatever its path holds), and pages
      // that must look alike (unknown vs expired link) stay alike.
      languageBase={languagePath}
      context={
        <a class="platform-header__context" href="/qihe/">
          {t('page.site')}
        </a>
      }
      footer={<p>{t('page.footer')}</p>}
    >
      {children}
    </PageLayout>
  )
}
