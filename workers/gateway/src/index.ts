import { createGateway } from './gateway'
import { mounts } from './mounts'

const gateway = createGateway({ mounts })

/** The platform's front door (root wrangler.toml): the only worker with a public route. */
export default {
  fetch: (request, env, ctx) => gateway.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>
