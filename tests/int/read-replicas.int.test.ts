import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

/**
 * DATABASE_REPLICA_URLS reaches Payload's Postgres adapter. The "replica" is the test database
 * itself under another application_name, so this proves the configuration path (which
 * connection Payload uses for what), not replication: that is the database server's job.
 */
const REPLICA_NAME = `portal_replica_${process.pid}`
// Payload reads from the primary for 2 s after a write of this process (read-after-write).
const AFTER_WRITE_MS = 2_100
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  let payload: Payload
  let observer: pg.Client

  /** The last statement of each connection Payload opened to the replica. */
  async function replicaStatements(): Promise<string[]> {
    const { rows } = await observer.query<{ query: string }>('select query from pg_stat_activity where application_name = $1', [REPLICA_NAME])
    return rows.map((row) => row.query.toLowerCase()).sort()
  }

  beforeAll(async () => {
    const replica = new URL(process.env.DATABASE_URL!)
    replica.searchParams.set('application_name', REPLICA_NAME)
    vi.stubEnv('DATABASE_REPLICA_URLS', replica.toString())
    // Loaded only now, so that payload.config.ts reads the replica setting.
    const { getTestPayload } = await import('../helpers/payload')
    payload = await getTestPayload()
    observer = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await observer.connect()
  })

  afterAll(async () => {
    vi.unstubAllEnvs()
    await observer?.end()
  })

  it('sends reads to the replica', async () => {
    await sleep(AFTER_WRITE_MS)
    await payload.find({ collection: 'tags', where: { slug: { equals: 'replica-read' } }, depth: 0 })
    expect((await replicaStatements()).some((query) => query.includes('"tags"'))).toBe(true)
  })

  it('survives a broken replica connection, like one to the primary', () => {
    const { $replicas } = payload.db.drizzle as unknown as { $replicas: { $client: pg.Pool }[] }
    expect($replicas).toHaveLength(1)
    // An 'error' event nobody listens to would end the process.
    expect(() => $replicas[0]!.$client.emit('error', new Error('terminating connection due to administrator command'))).not.toThrow()
  })

  it('sends writes, and the reads right after them, to the primary', async () => {
    const before = await replicaStatements()
    const tag = await payload.create({ collection: 'tags', data: { title: '副本测试', slug: 'replica-write' }, context: { disableRevalidate: true } })
    await payload.find({ collection: 'tags', where: { id: { equals: tag.id } }, depth: 0 })
    const after = await replicaStatements()
    expect(after.some((query) => query.startsWith('insert'))).toBe(false)
    expect(after).toEqual(before)
    await payload.delete({ collection: 'tags', id: tag.id, context: { disableRevalidate: true } })
  })
})
