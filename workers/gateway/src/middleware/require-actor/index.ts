export { requireActor } from './require-actor'
