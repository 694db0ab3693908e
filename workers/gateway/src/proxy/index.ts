export { callUpstream } from './call-upstream'
export { forwardToMount } from './forward-to-mount'
export { DeadlineExceeded, timeBox } from './time-box'
export { UpstreamError } from './upstream-error'
