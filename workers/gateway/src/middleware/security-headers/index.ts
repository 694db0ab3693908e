export { type SecurityHeadersOptions, securityHeaders } from './security-headers'
