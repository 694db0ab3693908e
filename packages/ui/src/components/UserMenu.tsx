import { For, Show } from 'solid-js'
import { staffMessages } from '../i18n/messages/staff'
import { createTranslator, label } from '../i18n/store'
import { useSession } from '../session/me'
import { CHANGE_PASSWORD_PATH, SIGN_OUT_PATH } from '../session/sign-in'

const ts = /* @__PURE__ */ createTranslator(staffMessages)

/**
 * Who is signed in, with their roles, a link to change the password and sign-out, for the staff
 * apps' header. A native disclosure (`<details>`) and a real form post: both work from the
 * keyboard and without scripts, and sign-out stays reachable even when `/auth/me` fails.
 */
export function UserMenu() {
  const user = useSession()
  const ready = () => (user.state === 'ready' ? user() : undefined)
  const name = () => {
    const current = ready()
    return current ? label(current.displayName) : ts('account.menu')
  }
  let menu: HTMLDetailsElement | undefined

  // A disclosure has no built-in Escape; keyboard users expect one to close a header menu.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menu?.open) return
    menu.open = false
    menu.querySelector('summary')?.focus()
  }

  return (
    <details class="user-menu" ref={menu} onKeyDown={closeOnEscape}>
      <summary class="user-menu__toggle">
        <span class="visually-hidden">{ready() ? ts('account.signedInAs', { name: name() }) : name()}</span>
        <span class="user-menu__name" aria-hidden="true">
          {name()}
        </span>
      </summary>
      <div class="user-menu__panel">
        <Show when={ready()}>
          {(current) => (
            <div class="user-menu__who">
              <p class="user-menu__display-name">{label(current().displayName)}</p>
              <p class="muted">{ts('account.username', { username: current().username })}</p>
              <ul class="tags" aria-label={ts('account.roles')}>
                <For each={current().roles}>
                  {(role) => <li class="badge badge--primary">{ts(`staffRole.${role}`)}</li>}
                </For>
              </ul>
              <p class="muted">{ts(`scope.${current().scope.level}`)}</p>
            </div>
          )}
        </Show>
        <a href={CHANGE_PASSWORD_PATH}>{ts('account.changePassword')}</a>
        <form method="post" action={SIGN_OUT_PATH}>
          <button type="submit" class="button button--secondary">
            {ts('account.signOut')}
          </button>
        </form>
      </div>
    </details>
  )
}
