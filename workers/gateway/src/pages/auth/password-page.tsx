import { MIN_PASSWORD_LENGTH } from '@platform/auth'
import { MAX_PASSWORD_LENGTH } from '@platform/contracts'
import { type Locale, translator } from '../../i18n'
import { Layout } from '../layout'
import { ErrorSummary, StepForm, switchPath } from './form-parts'

type PasswordPageProps = {
  locale: Locale
  next: string | null
  /** The password was set by an admin (new or reset account): nothing else works until it is replaced. */
  required: boolean
  error?: string
}

/** `/auth/password`: change one's own password (current one, new one twice). */
export function PasswordPage({ locale, next, required, error }: PasswordPageProps) {
  const t = translator(locale)
  const password = (id: string, label: string, autocomplete: string, hint?: string) => (
    <p class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="password"
        autocomplete={autocomplete}
        required
        minlength={id === 'currentPassword' ? undefined : MIN_PASSWORD_LENGTH}
        maxlength={MAX_PASSWORD_LENGTH}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </p>
  )
  return (
    <Layout locale={locale} title={t('auth.password.title')} languageSwitchPath={switchPath('/auth/password', next)}>
      <section class="auth" aria-labelledby="page-title">
        <h1 id="page-title">{t('auth.password.title')}</h1>
        {required && <p class="notice">{t('auth.password.required')}</p>}
        <ErrorSummary t={t} message={error} />
        <StepForm action="/auth/password" next={next} submit={t('auth.password.submit')}>
          {password('currentPassword', t('auth.password.current'), 'current-password')}
          {password(
            'newPassword',
            t('auth.password.new'),
            'new-password',
            t('auth.password.hint', { min: MIN_PASSWORD_LENGTH }),
          )}
          {password('confirmPassword', t('auth.password.confirm'), 'new-password')}
        </StepForm>
      </section>
    </Layout>
  )
}
