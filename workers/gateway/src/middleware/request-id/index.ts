export { type RequestIdOptions, requestId } from './request-id'
