import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/server/embeddedPostgres'

const dataDir = path.resolve('.data/test-lifecycle')
const port = 54341

function postmasterPid(): number | undefined {
  const file = path.join(dataDir, 'postmaster.pid')
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

describe('embedded Postgres', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('initialises, stops without leaving a process and keeps its data across restarts', async () => {
    fs.rmSync(dataDir, { recursive: true, force: true })
    const first = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' })
    const pid = postmasterPid()
    expect(pid && isAlive(pid)).toBe(true)
    await query(first.url, 'create table kept (value text); insert into kept values ($$still here$$)')
    await first.stop()
    expect(isAlive(pid!)).toBe(false)
    expect(postmasterPid()).toBeUndefined()

    const second = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' })
    const { rows } = await query(second.url, 'select value from kept')
    expect(rows).toEqual([{ value: 'still here' }])
    await second.stop()
  })
})
