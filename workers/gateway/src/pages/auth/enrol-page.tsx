import { QrCode } from '@platform/pages/qr-code'
import { type Locale, translator } from '../../i18n'
import { Layout } from '../layout'
import { CodeField, ErrorSummary, StartOver, StepForm, switchPath } from './form-parts'

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
        <StepForm action="/auth/totp/enrol" next={next} submit={t('auth.enrol.submit')}>
          <CodeField t={t} />
        </StepForm>
        <StartOver t={t} />
      </section>
    </Layout>
  )
}
