import path from 'node:path'

import { ensureDatabase } from '@/server/database'
import { startEmbeddedPostgres, type RunningPostgres } from '@/server/embeddedPostgres'

/** Port of the tests' own embedded Postgres; apart from the dev server's so both can run. */
export const TEST_EMBEDDED_PORT = Number(process.env.TEST_EMBEDDED_PG_PORT || 54339)
export const TEST_EMBEDDED_DIR = path.resolve('.data/test-postgres')

export type TestServer = { url: string; server?: RunningPostgres }

/**
 * A Postgres server for the tests: TEST_DATABASE_URL's server when set (its database name is
 * replaced by a throwaway one), else the tests' own embedded Postgres.
 */
export async function startTestServer(database: string): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL
  if (external) {
    const url = new URL(external)
    url.pathname = `/${database}`
    await ensureDatabase(url.toString())
    return { url: url.toString() }
  }
  const server = await startEmbeddedPostgres({ dataDir: TEST_EMBEDDED_DIR, port: TEST_EMBEDDED_PORT, database })
  await ensureDatabase(server.url)
  return { url: server.url, server }
}
