export { type LanguageSwitchOptions, languageSwitch } from './language-switch'
