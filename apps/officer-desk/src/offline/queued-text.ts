import { t } from '../i18n'
import type { SaveOutcome } from './outbox'

/** What a form says when its record waits in the outbox: for want of a connection, or of a session. */
export const queuedText = (outcome: Extract<SaveOutcome, { state: 'queued' }>) =>
  outcome.because === 'signed_out' ? t('outbox.queuedSignedOut') : t('outbox.queued')
