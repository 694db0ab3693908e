import {
  DisputeCategory,
  type DisputeIntakeForm,
  PreferredHandling,
  type PublicStations,
  type QiheToday,
} from '@platform/contracts'
import { Layout } from './layout'
import { type Locale, type MessageKey, translator } from './messages'
import { TodaySection } from './today-section'

export const INTAKE_FORM_PATH = '/api/disputes/intake/form'

/** Form field → the message key of its error. */
export type FieldErrors = Partial<Record<keyof DisputeIntakeForm, MessageKey>>

type Props = {
  locale: Locale
  stations: PublicStations['stations']
  idempotencyKey: string
  values?: DisputeIntakeForm
  errors?: FieldErrors
  /** Who is at the station today; left out when it could not be read (the form still works). */
  today?: QiheToday | null
}

/**
 * The intake form without JavaScript: where each kind of dispute goes first, then the fields.
 * Errors sit next to their field (aria-describedby, aria-invalid) and in a summary on top.
 */
export function IntakeFormPage({ locale, stations, idempotencyKey, values = {}, errors = {}, today = null }: Props) {
  const t = translator(locale)
  const name = (label: { zh: string; en: string }) => (locale === 'en' ? label.en : label.zh)
  const failed = Object.entries(errors) as [keyof DisputeIntakeForm, MessageKey][]
  const describedBy = (field: keyof DisputeIntakeForm, hint?: string) =>
    [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const error = (field: keyof DisputeIntakeForm) => {
    const key = errors[field]
    return key ? (
      <p class="field-error" id={`${field}-error`}>
        {t(key)}
      </p>
    ) : null
  }
  const input = (field: keyof DisputeIntakeForm, label: MessageKey, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={field}>{t(label)}</label>
      <input
        id={field}
        name={field}
        value={values[field] ?? ''}
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={describedBy(field, extra.hint as string | undefined)}
        {...(({ hint, ...rest }) => rest)(extra)}
      />
      {error(field)}
    </div>
  )
  return (
    <Layout locale={locale} title={t('form.title')}>
      <h1>{t('form.title')}</h1>
      <p class="lead">{t('form.lead')}</p>
      <section class="notice">
        <h2>{t('form.guide.title')}</h2>
        <ul>
          <li>{t('form.guide.police')}</li>
          <li>{t('form.guide.mediation')}</li>
          <li>{t('form.guide.court')}</li>
        </ul>
      </section>
      {today && <TodaySection locale={locale} today={today} />}
      {failed.length > 0 && (
        <div class="error-summary" role="alert">
          <h2>{t('form.errors')}</h2>
          <ul>
            {failed.map(([field, key]) => (
              <li>
                <a href={`#${field}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="form" method="post" action="/api/disputes/intake" novalidate>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <div class="field">
          <label for="category">{t('form.category')}</label>
          <select
            id="category"
            name="category"
            required
            aria-invalid={errors.category ? 'true' : undefined}
            aria-describedby={describedBy('category')}
          >
            {DisputeCategory.options.map((category) => (
              <option value={category} selected={values.category === category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
          {error('category')}
        </div>
        <div class="field">
          <label for="description">{t('form.description')}</label>
          <textarea
            id="description"
            name="description"
            rows={6}
            required
            maxlength={2000}
            aria-invalid={errors.description ? 'true' : undefined}
            aria-describedby={describedBy('description', 'description-hint')}
          >
            {values.description ?? ''}
          </textarea>
          <p class="hint" id="description-hint">
            {t('form.description.hint')}
          </p>
          {error('description')}
        </div>
        <div class="field">
          <label for="communityId">{t('form.community')}</label>
          <select
            id="communityId"
            name="communityId"
            required
            aria-invalid={errors.communityId ? 'true' : undefined}
            aria-describedby={describedBy('communityId')}
          >
            <option value="">{t('form.community.choose')}</option>
            {stations.map((station) => (
              <optgroup label={name(station.name)}>
                {station.communities.map((community) => (
                  <option value={community.id} selected={values.communityId === community.id}>
                    {name(community.name)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {error('communityId')}
        </div>
        {input('address', 'form.address', { required: true, maxlength: 200, autocomplete: 'street-address' })}
        <fieldset>
          <legend>{t('form.applicant')}</legend>
          {input('applicantName', 'form.applicantName', { required: true, autocomplete: 'name' })}
          {input('applicantPhone', 'form.applicantPhone', {
            required: true,
            type: 'tel',
            autocomplete: 'tel',
            hint: 'phone-hint',
          })}
          <p class="hint" id="phone-hint">
            {t('form.phone.hint')}
          </p>
        </fieldset>
        <fieldset>
          <legend>{t('form.other')}</legend>
          {input('otherName', 'form.otherName')}
          {input('otherPhone', 'form.otherPhone', { type: 'tel' })}
        </fieldset>
        <fieldset aria-describedby={describedBy('preferredHandling')}>
          <legend>{t('form.preferred')}</legend>
          {PreferredHandling.options.map((option) => (
            <label class="choice">
              <input
                type="radio"
                name="preferredHandling"
                value={option}
                checked={(values.preferredHandling ?? 'no_preference') === option}
              />{' '}
              {t(`handling.${option}`)}
            </label>
          ))}
          {error('preferredHandling')}
        </fieldset>
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              value="on"
              required
              aria-invalid={errors.consent ? 'true' : undefined}
              aria-describedby={describedBy('consent')}
            />{' '}
            {t('form.consent')}
          </label>
          {error('consent')}
        </div>
        <p class="actions">
          <button type="submit" class="button">
            {t('form.submit')}
          </button>
        </p>
      </form>
    </Layout>
  )
}
