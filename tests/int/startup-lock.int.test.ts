import { describe, expect, it } from 'vitest'

import pg from 'pg'

import { ensureDatabase, withDatabaseLock } from '@/server/database'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('instances starting together', () => {
  const url = process.env.DATABASE_URL!
  const lock = `portal-test-prepare-${process.pid}`

  it('create a missing database once, without failing each other', async () => {
    const name = `portal_test_created_${process.pid}`
    const target = new URL(url)
    target.pathname = `/${name}`
    await Promise.all([1, 2, 3].map(() => ensureDatabase(target.toString())))
    const maintenance = new pg.Client({ connectionString: url })
    await maintenance.connect()
    try {
      const { rowCount } = await maintenance.query('select 1 from pg_database where datname = $1', [name])
      expect(rowCount).toBe(1)
    } finally {
      await maintenance.query(`drop database if exists "${name}" with (force)`)
      await maintenance.end()
    }
  })

  it('prepare the database one after the other', async () => {
    const steps: string[] = []
    const prepare = (instance: string) =>
      withDatabaseLock(url, lock, async () => {
        steps.push(`${instance} starts`)
        await sleep(300)
        steps.push(`${instance} ends`)
        return instance
      })
    expect(await Promise.all([prepare('a'), prepare('b')])).toEqual(['a', 'b'])
    const [first, second] = [steps[0]!.split(' ')[0], steps[2]!.split(' ')[0]]
    expect(steps).toEqual([`${first} starts`, `${first} ends`, `${second} starts`, `${second} ends`])
  })

  it('give the lock back when preparing fails', async () => {
    await expect(withDatabaseLock(url, lock, () => Promise.reject(new Error('migration failed')))).rejects.toThrow('migration failed')
    const waited = Date.now()
    await withDatabaseLock(url, lock, async () => {})
    expect(Date.now() - waited).toBeLessThan(2_000)
  })
})
