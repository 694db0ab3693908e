export {
  type AssetFetcher,
  FALLBACK_HEADER,
  isHashedAsset,
  KEPT_AT_HEADER,
  keepLastGood,
  recallLastGood,
} from './last-good'
export { HEADER_PLACEHOLDER, platformShell, speculationRuleHashes } from './platform-shell'
