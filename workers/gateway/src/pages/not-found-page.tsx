import { type Locale, translator } from '../i18n'
import { Layout } from './layout'

/** The answer to a path nobody serves (outside /api): say so and lead home. */
export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('notFound.title')}>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a class="button" href="/">
          {t('notFound.home')}
        </a>
      </p>
    </Layout>
  )
}
