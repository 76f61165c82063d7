import fs from 'node:fs'
import pg from 'pg'

import { startTestServer, TEST_EMBEDDED_DIR } from './testDatabase'

const TEST_UPLOADS_DIR = '.data/test-uploads'

/** Starts the tests' Postgres and gives the run a throwaway database, dropped at the end. */
export default async function setup() {
  fs.rmSync(TEST_EMBEDDED_DIR, { recursive: true, force: true })
  fs.rmSync(`${TEST_EMBEDDED_DIR}.log`, { force: true })
  // Uploads of this run go to their own folder, not the development one.
  process.env.UPLOADS_DIR = TEST_UPLOADS_DIR
  fs.rmSync(TEST_UPLOADS_DIR, { recursive: true, force: true })
  const database = `portal_test_${process.pid}`
  const { url, server } = await startTestServer(database)
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET ||= 'integration-test-secret'

  return async () => {
    if (server) {
      await server.stop()
      return
    }
    const maintenance = new URL(url)
    maintenance.pathname = '/postgres'
    const client = new pg.Client({ connectionString: maintenance.toString() })
    await client.connect()
    await client.query(`drop database if exists "${database}" with (force)`)
    await client.end()
  }
}
