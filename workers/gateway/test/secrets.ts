/** Fixed secrets for the tests (the real ones live in the git-ignored .dev.vars and in Cloudflare). */
export const testSecrets = {
  ACTOR_SECRET: 'test-actor-secret-for-the-gateway-tests-only',
  IDENTITY_DATA_KEY: '6CO941O_uzxXvYB-EDSn68uYyIxYHGol_U3JnimN9KY',
}
