export { logUnexpectedError, logUpstreamError } from './log'
export { notFound } from './not-found'
export { onError } from './on-error'
