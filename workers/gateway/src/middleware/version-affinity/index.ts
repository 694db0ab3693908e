export {
  VERSION_KEY_COOKIE,
  VERSION_KEY_HEADER,
  VERSION_OVERRIDES_HEADER,
  versionAffinity,
} from './version-affinity'
