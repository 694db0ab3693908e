/** Header carrying the request id in both directions (client ↔ gateway ↔ downstream workers). */
export const REQUEST_ID_HEADER = 'X-Request-Id'
