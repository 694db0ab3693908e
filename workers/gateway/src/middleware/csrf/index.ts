export { sameOriginWrites } from './same-origin-writes'
