export { getJson } from './api/get-json'
export { memoizeRequest } from './api/memoize-request'
export {
  type ClientErrorCode,
  errorCode,
  errorFromBody,
  errorMessageKind,
  isForbidden,
  RequestError,
} from './api/request-error'
export { getStaffJson, goToSignIn, signedIn } from './api/staff-json'
export { AppShell, type AppShellProps } from './components/AppShell'
export { AsyncView, ErrorState, ForbiddenState, Loading } from './components/AsyncView'
export { NotFound } from './components/NotFound'
export { usePageTitle } from './components/page-title'
export { StationSearch } from './components/StationSearch'
export { type Stat, StatList } from './components/StatList'
export { TableRegion } from './components/TableRegion'
export { formatDay, formatNumber, formatPercent } from './i18n/format'
export { labelMatches, pickLabel } from './i18n/label'
export {
  DEFAULT_LOCALE,
  LANG_COOKIE,
  LOCALE_ENDONYMS,
  LOCALES,
  type Locale,
  normaliseLocale,
  parseLangCookie,
  serializeLangCookie,
} from './i18n/locale'
export { defineMessages, type MessageKey, type MessageParams, type Messages, mergeMessages } from './i18n/messages'
export { boardMessages } from './i18n/messages/board'
export { commonMessages } from './i18n/messages/common'
export { deskMessages } from './i18n/messages/desk'
export { domainMessages } from './i18n/messages/domain'
export { qiheMessages } from './i18n/messages/qihe'
export { staffMessages } from './i18n/messages/staff'
export { createTranslator, label, locale, setLocale, type Translator, useI18n } from './i18n/store'
export { translate } from './i18n/translate'
export { findStations, type StationResult } from './search/find-stations'
export { fetchMe, useSession } from './session/me'
export { ownStationId } from './session/own-station'
export type { MeResponse, SessionUser } from './session/session-user'
export {
  CHANGE_PASSWORD_PATH,
  needsSignIn,
  returnPath,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  signInUrl,
} from './session/sign-in'
