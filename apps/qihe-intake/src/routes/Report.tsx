import type { IntakeReceipt } from '@platform/contracts'
import {
  ATTACHMENT_LIMITS,
  type IntakeDraft,
  intakeDraftErrors,
  PREFERRED_HANDLING,
} from '@platform/contracts/disputes-intake-rules'
import { AsyncView, usePageTitle } from '@platform/ui'
import { useSearchParams } from '@solidjs/router'
import { createEffect, createResource, createSignal, For, type JSX, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { fetchQiheInfo, fetchStations } from '../api'
import { CommunityOptions } from '../CommunityOptions'
import { t } from '../i18n'
import { clearDraft, loadDraft, saveDraft } from '../intake/draft'
import { QrCode } from '../intake/QrCode'
import { serverFieldErrors, submitIntake, uploadAttachment } from '../intake/submit'

type Field = keyof IntakeDraft
type Errors = Partial<Record<Field | 'attachments', string>>

const newKey = () => `qihe-${crypto.randomUUID()}`

/** The intake form, checked with the server's own rules, then the confirmation. */
export function Report() {
  usePageTitle(
    () => t('intake.form.title'),
    () => t('qihe.appTitle'),
  )
  const [params] = useSearchParams<{ category?: string }>()
  const [stations, { refetch }] = createResource(fetchStations)
  const [info] = createResource(fetchQiheInfo)
  const [draft, setDraft] = createStore<IntakeDraft>({
    category: params.category ?? 'neighbours',
    description: '',
    communityId: '',
    address: '',
    applicantName: '',
    applicantPhone: '',
    otherName: '',
    otherPhone: '',
    preferredHandling: 'no_preference',
    ...loadDraft(),
    ...(params.category ? { category: params.category } : {}),
    consent: false,
  })
  createEffect(() => saveDraft({ ...draft }))
  const [errors, setErrors] = createSignal<Errors>({})
  const [failure, setFailure] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [receipt, setReceipt] = createSignal<IntakeReceipt | null>(null)
  const [files, setFiles] = createSignal<File[]>([])
  const [fileError, setFileError] = createSignal<string | null>(null)
  const [uploadFailures, setUploadFailures] = createSignal(0)

  // The server decides by content; here only what can be told before sending (count, size, kind).
  const pickFiles = (list: FileList | null) => {
    const picked = [...(list ?? [])]
    const types: readonly string[] = ATTACHMENT_LIMITS.types
    if (picked.length > ATTACHMENT_LIMITS.maxFiles) setFileError(t('intake.error.tooManyFiles'))
    else if (picked.some((f) => f.size > ATTACHMENT_LIMITS.maxBytes)) setFileError(t('intake.error.fileTooLarge'))
    else if (picked.some((f) => !types.includes(f.type))) setFileError(t('intake.error.fileType'))
    else setFileError(null)
    setFiles(fileError() ? [] : picked)
    setErrors((current) => {
      const { attachments: _, ...rest } = current
      const message = fileError()
      return message ? { ...rest, attachments: message } : rest
    })
  }
  // One key per form: a retry after a lost answer returns the first answer, never a second dispute.
  const key = newKey()
  let summary: HTMLDivElement | undefined

  const show = (found: Errors) => {
    setErrors(found)
    queueMicrotask(() => summary?.focus())
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault()
    setFailure(null)
    const local = intakeDraftErrors(draft)
    const found: Errors = {}
    for (const [field, code] of Object.entries(local)) found[field as Field] = t(`intake.error.${code}`)
    if (fileError()) found.attachments = fileError() as string
    if (Object.keys(found).length > 0) return show(found)
    setBusy(true)
    try {
      const done = await submitIntake(draft, key)
      clearDraft()
      // The dispute exists now; a file that fails does not undo it (the status page can take it again).
      let failed = 0
      for (const file of files()) await uploadAttachment(done.statusUrl, file).catch(() => failed++)
      setUploadFailures(failed)
      setReceipt(done)
      window.scrollTo(0, 0)
    } catch (error) {
      const fields = serverFieldErrors(error)
      if (fields.length > 0) return show(Object.fromEntries(fields.map((f) => [f, t('intake.error.invalid')])))
      const status = (error as { status?: number }).status
      setFailure(status === 429 ? t('intake.error.rateLimited') : t('intake.error.failed'))
    } finally {
      setBusy(false)
    }
  }

  const describedBy = (field: Field | 'attachments', hint?: string) =>
    [hint, errors()[field] ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const fieldError = (field: Field | 'attachments') => (
    <Show when={errors()[field]}>
      {(message) => (
        <p class="field-error" id={`${field}-error`}>
          {message()}
        </p>
      )}
    </Show>
  )
  const textField = (
    field: Field,
    name: string,
    extra: JSX.InputHTMLAttributes<HTMLInputElement> = {},
    hint?: string,
  ) => (
    <div class="field">
      <label class="field__label" for={field}>
        {name}
      </label>
      <input
        class="input"
        id={field}
        name={field}
        value={draft[field] as string}
        onInput={(e) => setDraft(field, e.currentTarget.value as never)}
        aria-invalid={errors()[field] ? 'true' : undefined}
        aria-describedby={describedBy(field, hint)}
        {...extra}
      />
      {fieldError(field)}
    </div>
  )

  return (
    <Show
      when={receipt()}
      fallback={
        <div class="stack">
          <h1>{t('intake.form.title')}</h1>
          <p class="lead">{t('intake.form.lead')}</p>
          <Show when={Object.keys(errors()).length > 0}>
            <div class="error-summary" role="alert" tabindex={-1} ref={summary}>
              <h2>{t('intake.errors')}</h2>
              <ul>
                <For each={Object.entries(errors())}>
                  {([field, message]) => (
                    <li>
                      <a href={`#${field}`}>{message}</a>
                    </li>
                  )}
                </For>
              </ul>
            </div>
          </Show>
          <Show when={failure()}>
            {(message) => (
              <p class="state state--error" role="alert">
                {message()}
              </p>
            )}
          </Show>
          <AsyncView resource={stations} onRetry={refetch}>
            {(data) => (
              <form class="stack intake-form" onSubmit={onSubmit} noValidate data-testid="intake-form">
                <div class="field">
                  <label class="field__label" for="category">
                    {t('intake.field.category')}
                  </label>
                  <select
                    class="input"
                    id="category"
                    value={draft.category}
                    onChange={(e) => setDraft('category', e.currentTarget.value)}
                    aria-describedby={describedBy('category')}
                  >
                    <For each={info()?.categories ?? [draft.category]}>
                      {(category) => <option value={category}>{t(`category.${category}` as never)}</option>}
                    </For>
                  </select>
                  {fieldError('category')}
                </div>
                <div class="field">
                  <label class="field__label" for="description">
                    {t('intake.field.description')}
                  </label>
                  <textarea
                    class="input"
                    id="description"
                    rows={6}
                    maxLength={2000}
                    value={draft.description}
                    onInput={(e) => setDraft('description', e.currentTarget.value)}
                    aria-invalid={errors().description ? 'true' : undefined}
                    aria-describedby={describedBy('description', 'description-hint')}
                  />
                  <p class="muted" id="description-hint">
                    {t('intake.field.descriptionHint')}
                  </p>
                  {fieldError('description')}
                </div>
                <div class="field">
                  <label class="field__label" for="communityId">
                    {t('intake.field.community')}
                  </label>
                  <select
                    class="input"
                    id="communityId"
                    value={draft.communityId}
                    onChange={(e) => setDraft('communityId', e.currentTarget.value)}
                    aria-invalid={errors().communityId ? 'true' : undefined}
                    aria-describedby={describedBy('communityId')}
                  >
                    <CommunityOptions stations={data.stations} choose={t('intake.field.communityChoose')} />
                  </select>
                  {fieldError('communityId')}
                </div>
                {textField('address', t('intake.field.address'), { autocomplete: 'street-address', maxLength: 200 })}
                <fieldset class="stack">
                  <legend>{t('intake.field.applicant')}</legend>
                  {textField('applicantName', t('intake.field.applicantName'), { autocomplete: 'name' })}
                  {textField(
                    'applicantPhone',
                    t('intake.field.applicantPhone'),
                    { type: 'tel', autocomplete: 'tel' },
                    'phone-hint',
                  )}
                  <p class="muted" id="phone-hint">
                    {t('intake.field.phoneHint')}
                  </p>
                </fieldset>
                <fieldset class="stack">
                  <legend>{t('intake.field.other')}</legend>
                  {textField('otherName', t('intake.field.otherName'))}
                  {textField('otherPhone', t('intake.field.otherPhone'), { type: 'tel' })}
                </fieldset>
                <fieldset class="stack">
                  <legend>{t('intake.field.preferred')}</legend>
                  <For each={PREFERRED_HANDLING}>
                    {(option) => (
                      <label class="choice">
                        <input
                          type="radio"
                          name="preferredHandling"
                          value={option}
                          checked={draft.preferredHandling === option}
                          onChange={() => setDraft('preferredHandling', option)}
                        />{' '}
                        {t(`intake.handling.${option}`)}
                      </label>
                    )}
                  </For>
                </fieldset>
                <div class="field">
                  <label class="field__label" for="attachments">
                    {t('intake.field.attachments')}
                  </label>
                  <input
                    class="input"
                    id="attachments"
                    type="file"
                    multiple
                    accept={ATTACHMENT_LIMITS.types.join(',')}
                    onChange={(e) => pickFiles(e.currentTarget.files)}
                    aria-invalid={fileError() ? 'true' : undefined}
                    aria-describedby={describedBy('attachments', 'attachments-hint')}
                  />
                  <p class="muted" id="attachments-hint">
                    {t('intake.field.attachmentsHint')}
                  </p>
                  {fieldError('attachments')}
                </div>
                <div class="field">
                  <label class="choice">
                    <input
                      type="checkbox"
                      id="consent"
                      checked={draft.consent}
                      onChange={(e) => setDraft('consent', e.currentTarget.checked)}
                      aria-invalid={errors().consent ? 'true' : undefined}
                      aria-describedby={describedBy('consent')}
                    />{' '}
                    {t('intake.field.consent')}
                  </label>
                  {fieldError('consent')}
                </div>
                <p>
                  <button type="submit" class="button" disabled={busy()}>
                    {busy() ? t('intake.submitting') : t('intake.submit')}
                  </button>
                </p>
              </form>
            )}
          </AsyncView>
        </div>
      }
    >
      {(done) => <Receipt receipt={done()} uploadFailures={uploadFailures()} />}
    </Show>
  )
}

function Receipt(props: { receipt: IntakeReceipt; uploadFailures: number }) {
  const statusUrl = () => `${location.origin}${props.receipt.statusUrl}`
  return (
    <section class="stack" aria-labelledby="receipt-title">
      <h1 id="receipt-title">{t('intake.receipt.title')}</h1>
      <p>{t('intake.receipt.reference')}</p>
      <p class="reference" data-testid="reference">
        {props.receipt.reference}
      </p>
      <p class="muted">{t('intake.receipt.referenceHint')}</p>
      <Show when={props.uploadFailures > 0}>
        <p class="state state--error" role="alert">
          {t('intake.receipt.uploadFailed', { count: props.uploadFailures })}
        </p>
      </Show>
      <p>
        {/* A full page load: the status page is server-rendered (works without JavaScript too). */}
        <a class="button" href={props.receipt.statusUrl} rel="external" data-testid="status-link">
          {t('intake.receipt.status')}
        </a>
      </p>
      <p class="muted">{t('intake.receipt.statusHint')}</p>
      <QrCode text={statusUrl()} label={t('intake.receipt.qr')} />
    </section>
  )
}
