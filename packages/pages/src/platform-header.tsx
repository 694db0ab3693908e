import type { Child } from 'hono/jsx'
import { LOCALES, type Locale, pageTranslator } from './translate'

/** An app in the staff app switcher: its mount (`/desk`) and whether this page belongs to it. */
export type SwitcherApp = { prefix: `/${string}`; current: boolean }

/** Who is signed in, as the header shows them (never logged: this is only written into their own page). */
export type HeaderUser = {
  username: string
  displayName: { zh: string; en: string }
  roles: readonly string[]
  scopeLevel: string
}

export type PlatformHeaderProps = {
  locale: Locale
  /**
   * Where the language links lead, `?lang=` added: `''` makes them relative to the page the
   * browser shows (`?lang=en`), which follows a single-page app's client-side navigation;
   * undefined leaves the switch out (a page that cannot come back to itself).
   */
  languageBase?: string | undefined
  /** Staff only: the apps to switch between. Never given in the public zone. */
  apps?: readonly SwitcherApp[] | undefined
  /** Staff only: the signed-in user's menu. Never given in the public zone. */
  user?: HeaderUser | undefined
  /** Extra content after the platform name (the app's name on a worker's own pages). */
  context?: Child
}

export const SIGN_OUT_PATH = '/auth/logout'
export const CHANGE_PASSWORD_PATH = '/auth/password'

const languageHref = (base: string, option: Locale) => `${base}${base.includes('?') ? '&' : '?'}lang=${option}`

/**
 * The platform's header, the same on every page: the gateway's pages, the disputes worker's
 * no-JavaScript pages, and streamed by the gateway into every app's HTML (so no app builds its
 * own). A skip link, the platform name, the language switch as plain links (the gateway stores
 * the choice and comes back), and for staff the app switcher and the user menu as native
 * disclosures with a real sign-out form: all of it works without JavaScript.
 */
export function PlatformHeader({ locale, languageBase, apps, user, context }: PlatformHeaderProps) {
  const t = pageTranslator(locale)
  const name = user ? (locale === 'en' ? user.displayName.en : user.displayName.zh) : ''
  return (
    <header class="platform-header" data-platform-header="">
      <a class="platform-skip" href="#main">
        {t('header.skipToMain')}
      </a>
      <div class="platform-header__bar">
        <p class="platform-header__brand">
          <a class="platform-header__name" href="/">
            {t('platform.name')}
          </a>
          {context}
        </p>
        <div class="platform-header__tools">
          {apps && apps.length > 0 && (
            <details class="platform-menu platform-apps">
              <summary class="platform-menu__toggle">{t('header.apps')}</summary>
              <nav class="platform-menu__panel" aria-label={t('header.appsNav')}>
                <ul class="platform-apps__list">
                  {apps.map((app) => (
                    <li>
                      <a href={`${app.prefix}/`} aria-current={app.current ? 'page' : undefined}>
                        {t(`app.${app.prefix}` as Parameters<typeof t>[0])}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </details>
          )}
          {languageBase !== undefined && (
            <nav class="platform-lang" aria-label={t('header.language')}>
              <ul>
                {LOCALES.map((option) => (
                  <li>
                    <a
                      href={languageHref(languageBase, option)}
                      // A full page load, never an app router's client-side navigation (routers leave
                      // links with a target alone): the gateway stores the choice and the app reloads in it.
                      target="_self"
                      lang={option}
                      hreflang={option}
                      aria-current={option === locale ? 'true' : undefined}
                    >
                      {t(`language.${option}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {user && (
            <details class="platform-menu platform-user">
              <summary class="platform-menu__toggle">
                <span class="platform-visually-hidden">{t('account.signedInAs', { name })}</span>
                <span class="platform-user__name" aria-hidden="true">
                  {name}
                </span>
              </summary>
              <div class="platform-menu__panel">
                <p class="platform-user__who">{name}</p>
                <p class="platform-muted">{t('account.username', { username: user.username })}</p>
                <ul class="platform-user__roles" aria-label={t('account.roles')}>
                  {user.roles.map((role) => (
                    <li>{t(`staffRole.${role}` as Parameters<typeof t>[0])}</li>
                  ))}
                </ul>
                <p class="platform-muted">{t(`scope.${user.scopeLevel}` as Parameters<typeof t>[0])}</p>
                <a href={CHANGE_PASSWORD_PATH}>{t('account.changePassword')}</a>
                <form method="post" action={SIGN_OUT_PATH}>
                  <button type="submit" class="platform-button">
                    {t('account.signOut')}
                  </button>
                </form>
              </div>
            </details>
          )}
        </div>
      </div>
    </header>
  )
}

/** The header as HTML text, for the gateway to stream into an app's page. */
export const renderPlatformHeader = (props: PlatformHeaderProps): string => String(<PlatformHeader {...props} />)
