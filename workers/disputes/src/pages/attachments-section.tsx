import { ATTACHMENT_LIMITS } from '@platform/contracts/disputes-intake-rules'
import type { AttachmentNotice } from '../routes/status/attachments.handlers'
import { type Locale, translator } from './messages'

type Props = {
  locale: Locale
  attachments: { type: string; bytes: number }[]
  secret: string
  notice?: AttachmentNotice | undefined
}

const size = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`

/**
 * The citizen's files on the status page, and a plain upload form (one file per post, works
 * without JavaScript) while fewer than three are attached. The result of the last upload is
 * announced at the top of the section.
 */
export function AttachmentsSection({ locale, attachments, secret, notice }: Props) {
  const t = translator(locale)
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      {notice && (
        <p class={notice === 'added' ? 'notice' : 'error-summary'} role={notice === 'added' ? 'status' : 'alert'}>
          {t(`attachments.notice.${notice}`)}
        </p>
      )}
      {attachments.length === 0 ? (
        <p>{t('attachments.none')}</p>
      ) : (
        <ul data-testid="attachments">
          {attachments.map((file) => (
            <li>
              {t(`attachments.type.${file.type === 'application/pdf' ? 'pdf' : 'image'}`)} · {size(file.bytes)}
            </li>
          ))}
        </ul>
      )}
      {attachments.length < ATTACHMENT_LIMITS.maxFiles && (
        <form
          class="form"
          method="post"
          action={`/api/disputes/status/${secret}/attachments`}
          enctype="multipart/form-data"
        >
          <div class="field">
            <label for="file">{t('attachments.file')}</label>
            <input
              id="file"
              name="file"
              type="file"
              accept={ATTACHMENT_LIMITS.types.join(',')}
              required
              aria-describedby="file-hint"
            />
            <p class="hint" id="file-hint">
              {t('attachments.hint')}
            </p>
          </div>
          <p class="actions">
            <button type="submit" class="button">
              {t('attachments.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  )
}
