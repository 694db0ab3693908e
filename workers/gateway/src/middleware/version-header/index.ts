export { versionHeader } from './version-header'
