import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { isJobRunnerRequest } from '@/server/scheduledJobs'

import { rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

const context = { disableRevalidate: true }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('scheduled publishing (Payload jobs queue, run by the app itself)', () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof testUser>>

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await testUser('editor')
  })

  /** What the admin's "Schedule publish" drawer queues. */
  async function schedule(id: number, type: 'publish' | 'unpublish', inMs: number) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: 'news', value: id }, user: { relationTo: 'users', value: editor.user.id } },
      waitUntil: new Date(Date.now() + inMs),
    })
  }

  const status = async (id: number) => (await payload.findByID({ collection: 'news', id, depth: 0 }))._status

  it('publishes at the scheduled time, not before, and unpublishes later', async () => {
    const doc = await payload.create({
      collection: 'news',
      context,
      draft: true,
      data: { title: '定时发布', slug: 'scheduled-news', publishedAt: '2021-05-17T00:00:00.000Z', _status: 'draft' },
    })
    await schedule(doc.id, 'publish', 1500)
    await payload.jobs.run({ queue: 'default' })
    expect(await status(doc.id)).toBe('draft')

    await sleep(1600)
    await payload.jobs.run({ queue: 'default' })
    expect(await status(doc.id)).toBe('published')

    await schedule(doc.id, 'unpublish', 0)
    await payload.jobs.run({ queue: 'default' })
    expect(await status(doc.id)).toBe('draft')
  })

  it('runs with the scheduling user’s rights: a translator’s schedule cannot publish', async () => {
    const translator = await testUser('translator')
    const doc = await payload.create({
      collection: 'news',
      context,
      draft: true,
      data: { title: '译员定时', slug: 'scheduled-by-translator', publishedAt: '2021-05-17T00:00:00.000Z', _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: doc.id }, user: { relationTo: 'users', value: translator.user.id } },
      waitUntil: new Date(),
    })
    await payload.jobs.run({ queue: 'default' })
    expect(await status(doc.id)).toBe('draft')
  })

  it('the job endpoint answers only an admin or the server’s own runner', async () => {
    expect((await rest('GET', '/payload-jobs/run?queue=default')).status).toBe(401)
    expect((await rest('GET', '/payload-jobs/run?queue=default', { token: editor.token })).status).toBe(401)
    const admin = await testUser('admin')
    expect((await rest('GET', '/payload-jobs/run?queue=default', { token: admin.token })).status).toBe(200)
    expect(isJobRunnerRequest(new Headers({ 'x-jobs-token': 'guess' }))).toBe(false)
  })
})
