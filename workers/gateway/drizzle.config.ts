import { defineConfig } from 'drizzle-kit'

// drizzle-kit only generates SQL; wrangler applies it (migrations_dir in the root wrangler.toml),
// and the tests apply the same files.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations',
})
