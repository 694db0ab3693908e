import { type Locale, translator } from '../../i18n'
import { Layout } from '../layout'
import { ErrorSummary, NextField, StartOver, switchPath } from './form-parts'
import { QrCode } from './qr-code'
import { CodeField } from './totp-page'

type EnrolPageProps = {
  locale: Locale
  next: string | null
  /** The secret in groups of four, as typed into an app. */
  groupedSecret: string
  uri: string
  error?: string
}

/** `/auth/totp/enrol`: set up the authenticator, confirmed by its first code. */
export function EnrolPage({ locale, next, groupedSecret, uri, error }: EnrolPageProps) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('auth.enrol.title')} languageSwitchPath={switchPath('/auth/totp/enrol', next)}>
      <section class="auth" aria-labelledby="page-title">
        <h1 id="page-title">{t('auth.enrol.title')}</h1>
        <p>{t('auth.enrol.lead')}</p>
        <ErrorSummary t={t} message={error} />
        <QrCode text={uri} label={t('auth.enrol.qr')} />
        <dl class="enrolment">
          <dt>{t('auth.enrol.secret')}</dt>
          <dd>
            <code class="secret">{groupedSecret}</code>
          </dd>
          <dt>{t('auth.enrol.uri')}</dt>
          <dd>
            <code>{uri}</code>
          </dd>
        </dl>
        <form method="post" action="/auth/totp/enrol" class="form">
          <NextField next={next} />
          <CodeField label={t('auth.totp.code')} />
          <p>
            <button type="submit" class="button">
              {t('auth.enrol.submit')}
            </button>
          </p>
        </form>
        <StartOver t={t} />
      </section>
    </Layout>
  )
}
