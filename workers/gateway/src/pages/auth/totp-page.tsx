import { type Locale, translator } from '../../i18n'
import { Layout } from '../layout'
import { ErrorSummary, NextField, StartOver, switchPath } from './form-parts'

/** The six-digit code field of both the second-factor and the enrolment page. */
export function CodeField({ label }: { label: string }) {
  return (
    <p class="field">
      <label for="code">{label}</label>
      <input
        id="code"
        name="code"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        pattern="[0-9]{6}"
        maxlength={6}
        required
        class="code-input"
      />
    </p>
  )
}

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
        <form method="post" action="/auth/totp" class="form">
          <NextField next={next} />
          <CodeField label={t('auth.totp.code')} />
          <p>
            <button type="submit" class="button">
              {t('auth.totp.submit')}
            </button>
          </p>
        </form>
        <StartOver t={t} />
      </section>
    </Layout>
  )
}
