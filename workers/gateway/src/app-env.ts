/** Hono environment of the gateway: the generated bindings and what middleware sets. */
export type AppEnv = {
  Bindings: Env
  Variables: { requestId: string }
}
