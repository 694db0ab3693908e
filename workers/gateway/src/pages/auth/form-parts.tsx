import type { Child } from 'hono/jsx'
import type { Translate } from '../../i18n'

/** The one message a refused form shows, announced to screen readers and placed before the form. */
export function ErrorSummary({ t, message }: { t: Translate; message: string | undefined }) {
  if (!message) return null
  return (
    <div class="error-summary" role="alert">
      <h2>{t('auth.errorTitle')}</h2>
      <p>{message}</p>
    </div>
  )
}

/** Carries `?next=` through the form post, so the person lands where they were going. */
export function NextField({ next }: { next: string | null }) {
  return next ? <input type="hidden" name="next" value={next} /> : null
}

type StepFormProps = { action: string; next: string | null; submit: string; children?: Child }

/** A sign-in step's form: posts without JavaScript, carries `next` through, one submit button. */
export function StepForm({ action, next, submit, children }: StepFormProps) {
  return (
    <form method="post" action={action} class="form">
      <NextField next={next} />
      {children}
      <p>
        <button type="submit" class="button">
          {submit}
        </button>
      </p>
    </form>
  )
}

/** The six-digit code field of both the second-factor and the enrolment page. */
export function CodeField({ t }: { t: Translate }) {
  return (
    <p class="field">
      <label for="code">{t('auth.totp.code')}</label>
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

/** Where a sign-in page's language switch points: the page itself, `next` kept. */
export const switchPath = (path: string, next: string | null) =>
  next ? `${path}?next=${encodeURIComponent(next)}` : path

/** Leave a half-finished sign-in (wrong account, lost phone): signs out and starts again. */
export function StartOver({ t }: { t: Translate }) {
  return (
    <form method="post" action="/auth/logout" class="start-over">
      <button type="submit" class="link-button">
        {t('auth.startOver')}
      </button>
    </form>
  )
}
