import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { databaseIdentity, ensureDatabase } from '@/server/database'

/**
 * `npm start` keeps its rendered pages in a folder named by the database's identity
 * (scripts/serve.ts), so pages rendered from one database (the tests') are never served from
 * another (the developer's).
 */
describe('the identity that names a database’s page cache', () => {
  const base = new URL(process.env.DATABASE_URL!)
  const other = new URL(base)
  other.pathname = `/${base.pathname.slice(1)}_identity`
  const maintenance = new URL(base)
  maintenance.pathname = '/postgres'

  async function dropOther() {
    const client = new pg.Client({ connectionString: maintenance.toString() })
    await client.connect()
    await client.query(`drop database if exists "${other.pathname.slice(1)}" with (force)`)
    await client.end()
  }
  afterAll(dropOther)

  it('is the same for one database every time, another for another database, and new for a recreated one', async () => {
    const first = await databaseIdentity(base.toString())
    expect(first).toMatch(/^[\w.-]+$/)
    expect(await databaseIdentity(base.toString())).toBe(first)

    await ensureDatabase(other.toString())
    const second = await databaseIdentity(other.toString())
    expect(second).not.toBe(first)

    await dropOther()
    await ensureDatabase(other.toString())
    expect(await databaseIdentity(other.toString())).not.toBe(second)
  })
})
