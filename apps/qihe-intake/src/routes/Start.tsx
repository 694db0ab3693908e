import { DISPUTE_CATEGORIES } from '@platform/contracts/disputes-intake-rules'
import { usePageTitle } from '@platform/ui'
import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { t } from '../i18n'

/**
 * The guided start: what the dispute is about and who usually handles that kind, before any
 * personal data is asked for. Each kind leads to the form with the kind already chosen.
 */
export function Start() {
  usePageTitle(
    () => t('intake.start.title'),
    () => t('qihe.appTitle'),
  )
  return (
    <div class="stack">
      <h1>{t('intake.start.title')}</h1>
      <p class="lead">{t('intake.start.lead')}</p>
      <ul class="grid plain-list guide-list">
        <For each={DISPUTE_CATEGORIES}>
          {(category) => (
            <li class="card stack">
              <h2 class="card__title" id={`guide-${category}`}>
                {t(`category.${category}`)}
              </h2>
              <p>{t(`intake.guide.${category}`)}</p>
              <p>
                <A
                  class="button"
                  href={`/report?category=${category}`}
                  aria-describedby={`guide-${category}`}
                  data-testid={`start-${category}`}
                >
                  {t('intake.start.continue')}
                </A>
              </p>
            </li>
          )}
        </For>
      </ul>
    </div>
  )
}
