export { DISTRICT_SEED, generateDistrict } from './district'
export { PROFILE_TARGETS, PROFILE_YEAR } from './profiles'
export { ARTICLE_STATIONS, STATIONS } from './stations'
export { type DatabaseName, type District, SEED_TABLES } from './tables'
