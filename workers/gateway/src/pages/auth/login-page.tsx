import { type Locale, translator } from '../../i18n'
import { Layout } from '../layout'
import { ErrorSummary, StepForm, switchPath } from './form-parts'

type LoginPageProps = { locale: Locale; next: string | null; username?: string; error?: string }

/** `/auth/login`: a plain form that works without JavaScript; the password is never echoed back. */
export function LoginPage({ locale, next, username, error }: LoginPageProps) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('auth.login.title')} languageSwitchPath={switchPath('/auth/login', next)}>
      <section class="auth" aria-labelledby="page-title">
        <h1 id="page-title">{t('auth.login.title')}</h1>
        <p>{t('auth.login.lead')}</p>
        <ErrorSummary t={t} message={error} />
        <StepForm action="/auth/login" next={next} submit={t('auth.login.submit')}>
          <p class="field">
            <label for="username">{t('auth.login.username')}</label>
            <input
              id="username"
              name="username"
              type="text"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              required
              maxlength={128}
              value={username ?? ''}
            />
          </p>
          <p class="field">
            <label for="password">{t('auth.login.password')}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </p>
        </StepForm>
      </section>
    </Layout>
  )
}
