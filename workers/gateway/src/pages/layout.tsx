import { Layout as PageLayout } from '@platform/pages'
import type { Child } from 'hono/jsx'
import { type Locale, translator } from '../i18n'

type LayoutProps = {
  locale: Locale
  title: string
  description?: string
  /** The page's own path (and query, e.g. `?next=`) when it has the no-JS language switch (`lang=`). */
  languageSwitchPath?: string
  children?: Child
}

/**
 * The frame of every page the gateway renders itself: the platform's one page layout and header
 * (packages/pages, shared with the disputes worker's pages and streamed into the apps), with the
 * gateway's footer (the API docs link).
 */
export function Layout({ locale, title, description, languageSwitchPath, children }: LayoutProps) {
  const t = translator(locale)
  return (
    <PageLayout
      locale={locale}
      title={title}
      {...(description ? { description } : {})}
      languageBase={languageSwitchPath}
      footer={
        <>
          <p>{t('site.footer')}</p>
          <p>
            <a href="/api/docs">{t('site.apiDocs')}</a>
          </p>
        </>
      }
    >
      {children}
    </PageLayout>
  )
}
