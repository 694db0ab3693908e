export { requestLog } from './request-log'
