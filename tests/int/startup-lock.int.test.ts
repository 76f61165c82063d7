import { describe, expect, it } from 'vitest'

import { withDatabaseLock } from '@/server/database'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('instances starting together (withDatabaseLock)', () => {
  const url = process.env.DATABASE_URL!
  const lock = `portal-test-prepare-${process.pid}`

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
