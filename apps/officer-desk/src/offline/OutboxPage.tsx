import { usePageTitle } from '@platform/ui'
import { t } from '../i18n'
import { OutboxPanel } from './OutboxPanel'

/** /desk/outbox: what waits on this phone to be sent, and what the platform refused. */
export function OutboxPage() {
  usePageTitle(
    () => t('outbox.title'),
    () => t('desk.appTitle'),
  )
  return (
    <div class="stack-lg">
      <h1>{t('outbox.title')}</h1>
      <p class="lead">{t('outbox.lead')}</p>
      <OutboxPanel alwaysShow />
    </div>
  )
}
