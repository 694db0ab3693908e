import { DisputeOutcome, type DisputeStatus, PauseReason } from '@platform/contracts'
import type { AttachmentNotice } from '../routes/status/attachments.handlers'
import type { SurveyNotice } from '../routes/status/survey.handlers'
import { AttachmentsSection } from './attachments-section'
import { Layout } from './layout'
import { type Locale, type Translate, translator } from './messages'
import { SurveySection } from './survey-section'

const when = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(
    new Date(iso),
  )

/** The reason of a pause or the outcome of a closing, in words (codes only ever reach the page). */
function detailOf(entry: DisputeStatus['timeline'][number], t: Translate): string {
  const reason = PauseReason.safeParse(entry.detail)
  if (entry.kind === 'paused' && reason.success) return `：${t(`reason.${reason.data}`)}`
  const outcome = DisputeOutcome.safeParse(entry.detail)
  if (entry.kind === 'closed' && outcome.success) return `：${t(`outcome.${outcome.data}`)}`
  if (entry.kind === 'return_visit' && entry.detail === 'agreement_holds') return `：${t('visit.holds')}`
  if (entry.kind === 'return_visit' && entry.detail === 'agreement_broken') return `：${t('visit.broken')}`
  return ''
}

/**
 * The citizen's status page, server-rendered so it works without JavaScript and from a QR scan:
 * who holds the dispute (role and unit), what is next and by when, the timeline in plain words.
 */
type StatusPageProps = {
  locale: Locale
  status: DisputeStatus
  secret: string
  notice?: AttachmentNotice | undefined
  surveyNotice?: SurveyNotice | undefined
}

export function StatusPage({ locale, status, secret, notice, surveyNotice }: StatusPageProps) {
  const t = translator(locale)
  const unit = (value: { zh: string; en: string } | null) => (value ? (locale === 'en' ? value.en : value.zh) : null)
  const holderUnit = unit(status.holder.unit)
  return (
    <Layout locale={locale} title={t('status.title')}>
      <h1>{t('status.title')}</h1>
      <dl class="entries">
        <dt>{t('status.reference')}</dt>
        <dd data-testid="reference">{status.reference}</dd>
        <dt>{t('status.category')}</dt>
        <dd>{t(`category.${status.category}`)}</dd>
        <dt>{t('status.step')}</dt>
        <dd data-testid="step">{t(`step.${status.step}`)}</dd>
        <dt>{t('status.holder')}</dt>
        <dd data-testid="holder">
          {t(`holder.${status.holder.role}`)}
          {holderUnit ? ` · ${holderUnit}` : ''}
        </dd>
        {status.outcome && (
          <>
            <dt>{t('status.outcome')}</dt>
            <dd data-testid="outcome">{t(`outcome.${status.outcome}`)}</dd>
          </>
        )}
        {status.pause && (
          <>
            <dt>{t('status.paused')}</dt>
            <dd data-testid="pause">
              {t('status.pausedSince', {
                date: when(status.pause.since, locale),
                reason: t(`reason.${status.pause.reason}`),
              })}
            </dd>
          </>
        )}
        <dt>{t('status.next')}</dt>
        <dd>
          {t(`next.${status.next.kind}`)}
          {status.next.dueAt ? ` (${t('status.by', { date: when(status.next.dueAt, locale) })})` : ''}
        </dd>
        {status.referral && (
          <>
            <dt>{t('status.referral')}</dt>
            <dd data-testid="referral">
              {t(`channel.${status.referral.channel}`)} · {status.referral.body}
            </dd>
            <dt>{t('status.referralContact')}</dt>
            <dd>{status.referral.contact}</dd>
            {status.referral.theirReference && (
              <>
                <dt>{t('status.referralReference')}</dt>
                <dd>{status.referral.theirReference}</dd>
              </>
            )}
          </>
        )}
        <dt>{t('status.parties')}</dt>
        <dd>{status.parties.map((party) => party.name).join('、')}</dd>
      </dl>
      <SurveySection locale={locale} state={status.survey} secret={secret} notice={surveyNotice} />
      <AttachmentsSection locale={locale} attachments={status.attachments} secret={secret} notice={notice} />
      <h2>{t('status.timeline')}</h2>
      <ol class="timeline" data-testid="timeline">
        {status.timeline.map((entry) => (
          <li>
            <time datetime={entry.at}>{when(entry.at, locale)}</time> {t(`event.${entry.kind}`)}
            {detailOf(entry, t)}
            {entry.holder
              ? ` — ${t(`holder.${entry.holder.role}`)}${unit(entry.holder.unit) ? ` · ${unit(entry.holder.unit)}` : ''}`
              : ''}
          </li>
        ))}
      </ol>
    </Layout>
  )
}

export function StatusNotFoundPage({ locale }: { locale: Locale }) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('status.notFound.title')}>
      <h1>{t('status.notFound.title')}</h1>
      <p>{t('status.notFound.lead')}</p>
    </Layout>
  )
}

export function ErrorPage({ locale, message }: { locale: Locale; message: string }) {
  const t = translator(locale)
  return (
    <Layout locale={locale} title={t('error.title')} languagePath="/api/disputes/intake/form">
      <h1>{t('error.title')}</h1>
      <p role="alert">{message}</p>
    </Layout>
  )
}
