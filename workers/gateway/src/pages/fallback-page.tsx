import { type Locale, translator } from '../i18n'
import type { UpstreamFailure } from '../proxy/upstream-error'
import { Layout } from './layout'

type FallbackPageProps = { locale: Locale; failure: UpstreamFailure; requestId: string; retryHref: string }

/**
 * Shown instead of an app that failed or timed out: what happened in plain words, that the
 * rest of the platform still works, a retry link and the request id to quote.
 */
export function FallbackPage({ locale, failure, requestId, retryHref }: FallbackPageProps) {
  const t = translator(locale)
  return (
    // The language switch works here too: `?lang=` on an app's page is the gateway's (../shell).
    <Layout locale={locale} title={t('fallback.title')} languageSwitchPath="">
      <h1>{t('fallback.title')}</h1>
      <p>{t(failure === 'timeout' ? 'fallback.timeout' : 'fallback.failed')}</p>
      <p class="actions">
        <a class="button" href={retryHref}>
          {t('fallback.retry')}
        </a>
        <a href="/">{t('fallback.home')}</a>
      </p>
      <p class="note">
        {t('fallback.requestId')} <code class="request-id">{requestId}</code>
      </p>
    </Layout>
  )
}
