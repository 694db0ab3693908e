import { NotFound, usePageTitle } from '@platform/ui'
import { A } from '@solidjs/router'
import { t } from '../i18n'

export function Missing() {
  usePageTitle(
    () => t('notFound.title'),
    () => t('board.appTitle'),
  )
  return (
    <NotFound>
      <A href="/">{t('notFound.back')}</A>
    </NotFound>
  )
}
