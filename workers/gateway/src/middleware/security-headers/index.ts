export { type SecurityHeadersOptions, securityHeaders } from './security-headers'
export { CONTENT_SECURITY_POLICY, type PolicyZone, withScriptSources } from './zone-policies'
