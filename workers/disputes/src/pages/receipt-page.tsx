import type { IntakeReceipt } from '@platform/contracts'
import { QrCode } from '@platform/pages/qr-code'
import { Layout } from './layout'
import { type Locale, translator } from './messages'

/** The confirmation after a form post: the reference to quote and the private status link. */
export function ReceiptPage({ locale, receipt, origin }: { locale: Locale; receipt: IntakeReceipt; origin: string }) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('receipt.title')} languagePath={receipt.statusUrl}>
      <h1>{t('receipt.title')}</h1>
      <p>{t('receipt.reference')}</p>
      <p class="secret" data-testid="reference">
        {receipt.reference}
      </p>
      <p class="hint">{t('receipt.referenceHint')}</p>
      <p>
        <a class="button" href={receipt.statusUrl} data-testid="status-link">
          {t('receipt.status')}
        </a>
      </p>
      <p class="hint">{t('receipt.statusHint')}</p>
      <QrCode text={`${origin}${receipt.statusUrl}`} label={t('receipt.qr')} />
    </Layout>
  )
}
