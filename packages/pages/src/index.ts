export { Layout, type LayoutProps } from './layout'
export { type PageMessageKey, pageMessages } from './messages'
export {
  CHANGE_PASSWORD_PATH,
  type HeaderUser,
  PlatformHeader,
  type PlatformHeaderProps,
  renderPlatformHeader,
  SIGN_OUT_PATH,
  type SwitcherApp,
} from './platform-header'
export { shellCss } from './shell-css'
export { scriptHash, speculationRules } from './speculation-rules'
export { SHELL_CSS_PATH, SITE_CSS_PATH } from './stylesheets'
export { LOCALES, type Locale, type PageTranslate, pageTranslator } from './translate'
