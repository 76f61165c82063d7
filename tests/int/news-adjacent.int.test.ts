import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adjacentNews } from '@/lib/data/news'

import { getTestPayload } from '../helpers/payload'

const context = { disableRevalidate: true }

describe('newer and older news links', () => {
  let payload: Payload
  const created: number[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    // Three items on one day (their order is the id's), one a day later, and an unpublished
    // draft on the same day, which no link may lead to.
    const day = '2041-03-01T02:00:00.000Z'
    const items = [
      { title: '同日新闻甲', publishedAt: day, _status: 'published' },
      { title: '同日草稿', publishedAt: day, _status: 'draft' },
      { title: '同日新闻乙', publishedAt: day, _status: 'published' },
      { title: '同日新闻丙', publishedAt: day, _status: 'published' },
      { title: '次日新闻', publishedAt: '2041-03-02T02:00:00.000Z', _status: 'published' },
    ]
    for (const data of items) {
      const doc = await payload.create({ collection: 'news', context, draft: data._status === 'draft', data: data as never })
      created.push(doc.id)
    }
  })

  afterAll(async () => {
    for (const id of created) await payload.delete({ collection: 'news', id, context })
  })

  it('lead from every published item to its neighbours by date, then id, across same-day items and past drafts', async () => {
    const { docs } = await payload.find({
      collection: 'news',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      select: { slug: true, publishedAt: true },
    })
    // The expected chain, ordered here rather than by the database.
    const chain = docs
      .map((doc) => ({ id: doc.id, slug: doc.slug, publishedAt: doc.publishedAt, time: new Date(doc.publishedAt).getTime() }))
      .sort((a, b) => a.time - b.time || a.id - b.id)
    const draft = created[1]
    expect(chain.map((item) => item.id)).toEqual(expect.arrayContaining(created.filter((id) => id !== draft)))
    for (const [index, item] of chain.entries()) {
      const { older, newer } = await adjacentNews('zh', item)
      expect({ slug: item.slug, older: older?.slug ?? null, newer: newer?.slug ?? null }).toEqual({
        slug: item.slug,
        older: chain[index - 1]?.slug ?? null,
        newer: chain[index + 1]?.slug ?? null,
      })
    }
  })
})
