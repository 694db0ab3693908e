import { type Locale, translator } from '../../i18n'
import { Layout } from '../layout'

/** Answer to a form posted from another site: say what happened and lead home, act on nothing. */
export function CsrfRefusedPage({ locale }: { locale: Locale }) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('auth.csrf.title')}>
      <h1>{t('auth.csrf.title')}</h1>
      <p>{t('auth.csrf.body')}</p>
      <p>
        <a class="button" href="/">
          {t('auth.csrf.home')}
        </a>
      </p>
    </Layout>
  )
}
