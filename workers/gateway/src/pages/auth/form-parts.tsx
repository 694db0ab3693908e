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
