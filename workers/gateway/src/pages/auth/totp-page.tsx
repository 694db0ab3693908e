import { type Locale, translator } from '../../i18n'
import { Layout } from '../layout'
import { CodeField, ErrorSummary, StartOver, StepForm, switchPath } from './form-parts'

type TotpPageProps = { locale: Locale; next: string | null; error?: string }

/** `/auth/totp`: the second factor, after the password, for roles that need one. */
export function TotpPage({ locale, next, error }: TotpPageProps) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('auth.totp.title')} languageSwitchPath={switchPath('/auth/totp', next)}>
      <section class="auth" aria-labelledby="page-title">
        <h1 id="page-title">{t('auth.totp.title')}</h1>
        <p>{t('auth.totp.lead')}</p>
        <ErrorSummary t={t} message={error} />
        <StepForm action="/auth/totp" next={next} submit={t('auth.totp.submit')}>
          <CodeField t={t} />
        </StepForm>
        <StartOver t={t} />
      </section>
    </Layout>
  )
}
