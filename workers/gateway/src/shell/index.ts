export { FALLBACK_HEADER, isHashedAsset, KEPT_AT_HEADER, keepLastGood, recallLastGood } from './last-good'
