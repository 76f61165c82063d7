import { describe, expect, it } from 'vitest'

import { seedDemoContent } from '@/seed'
import { seedNews } from '@/seed/news'

import { getTestPayload } from '../helpers/payload'

describe('demo seed', () => {
  it('fills both locales once and leaves a seeded database alone', async () => {
    const payload = await getTestPayload()
    // The seed only fills empty collections; other test files may have left documents behind.
    await payload.delete({ collection: 'news', where: { id: { exists: true } }, context: { disableRevalidate: true } })
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    await seedDemoContent(payload, { withDemoUsers: true })
    await seedDemoContent(payload, { withDemoUsers: true })

    const zh = await payload.find({ collection: 'news', locale: 'zh', where: { slug: { in: seedNews.map((n) => n.slug) } }, limit: 100 })
    expect(zh.totalDocs).toBe(seedNews.length)
    const first = seedNews[0]!
    const zhDoc = zh.docs.find((doc) => doc.slug === first.slug)
    expect(zhDoc?.title).toBe(first.zh.title)
    expect(zhDoc?._status).toBe('published')

    const en = await payload.find({ collection: 'news', locale: 'en', where: { slug: { equals: first.slug } } })
    expect(en.docs[0]?.title).toBe(first.en.title)

    const admins = await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.com' } } })
    expect(admins.docs[0]?.roles).toEqual(['admin'])
  })
})
