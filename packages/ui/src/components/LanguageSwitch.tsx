import { For } from 'solid-js'
import { LOCALE_ENDONYMS, LOCALES } from '../i18n/locale'
import { locale, setLocale } from '../i18n/store'
import { tc } from './translate-common'

/** Two real buttons, each naming its language in that language; the chosen one is aria-pressed. */
export function LanguageSwitch() {
  return (
    <fieldset class="lang-switch">
      <legend class="visually-hidden">{tc('language.label')}</legend>
      <For each={LOCALES}>
        {(option) => (
          <button
            type="button"
            class="lang-switch__option"
            lang={option}
            aria-pressed={locale() === option}
            onClick={() => setLocale(option)}
          >
            {LOCALE_ENDONYMS[option]}
          </button>
        )}
      </For>
    </fieldset>
  )
}
