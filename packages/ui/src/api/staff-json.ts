import { needsSignIn, returnPath, signInUrl } from '../session/sign-in'
import { getJson } from './get-json'

let leaving = false

/**
 * Sends the browser to the gateway's sign-in page with this page as `next`, once however many
 * requests fail together. `replace`: the page that answered 401 would only answer 401 again if
 * the user came back to it through the history.
 */
export function goToSignIn(): void {
  if (leaving) return
  leaving = true
  window.location.replace(signInUrl(returnPath(window.location)))
}

/**
 * The staff apps' one rule for a lost session: a 401 from any request leaves for the sign-in
 * page. Every other failure (403 included: signed in, but the role may not) is the caller's.
 */
export async function signedIn<T>(request: Promise<T>, onSignedOut: () => void = goToSignIn): Promise<T> {
  try {
    return await request
  } catch (error) {
    if (!needsSignIn(error)) throw error
    onSignedOut()
    // Never settles: the page is going away, and an error flashing before it goes helps nobody.
    return new Promise<T>(() => {})
  }
}

/** `getJson` for the staff apps (review board, officer desk): a 401 goes to sign-in. */
export function getStaffJson<T>(path: string): Promise<T> {
  return signedIn(getJson<T>(path))
}
