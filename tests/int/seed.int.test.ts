import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '@/seed'
import {
  seedCategories,
  seedIndicators,
  seedMilestones,
  seedNews,
  seedPages,
  seedPolicies,
  seedProjects,
  seedTags,
} from '@/seed/content'

import { getTestPayload } from '../helpers/payload'

const expected: [CollectionSlug, number][] = [
  ['categories', seedCategories.length],
  ['tags', seedTags.length],
  ['news', seedNews.length],
  ['projects', seedProjects.length],
  ['policies', seedPolicies.length],
  ['milestones', seedMilestones.length],
  ['indicators', seedIndicators.length],
  ['pages', seedPages.length],
  ['documents', seedPolicies.length],
  ['media', seedNews.length + seedProjects.length],
]

async function counts() {
  const payload = await getTestPayload()
  return Object.fromEntries(
    await Promise.all(expected.map(async ([slug]) => [slug, (await payload.count({ collection: slug })).totalDocs])),
  )
}

describe('demo seed', () => {
  beforeAll(async () => {
    const payload = await getTestPayload()
    await seedDemoContent(payload, { withDemoUsers: true, reset: true })
  }, 300_000)

  it('holds what the issue asks for: 8 news, 12 projects, 6 policies, 12 milestones and the figures', () => {
    expect(seedNews.length).toBeGreaterThanOrEqual(8)
    expect(seedProjects.length).toBeGreaterThanOrEqual(12)
    expect(seedPolicies.length).toBeGreaterThanOrEqual(6)
    expect(seedMilestones.length).toBeGreaterThanOrEqual(12)
    const values = seedIndicators.map((indicator) => indicator.value)
    for (const figure of [278, 5, 26, 44, 60, 131, 1632, 80, 1403, 100, 1171, 240, 300, 50]) expect(values).toContain(figure)
  })

  it('creates every document, published, in both locales', async () => {
    expect(await counts()).toEqual(Object.fromEntries(expected))
    const payload = await getTestPayload()
    const item = seedProjects.find((project) => project.updates?.length)!
    const find = (locale: 'zh' | 'en') =>
      payload.find({ collection: 'projects', locale, where: { slug: { equals: item.slug } }, depth: 0 })
    const [zh, en] = [await find('zh'), await find('en')]
    expect(zh.docs[0]).toMatchObject({ name: item.name.zh, _status: 'published' })
    expect(en.docs[0]).toMatchObject({ name: item.name.en, _status: 'published' })
    // Rows are shared by both locales: the English pass filled the same rows, not new ones.
    expect(en.docs[0]!.updates!.map((row) => row.id)).toEqual(zh.docs[0]!.updates!.map((row) => row.id))
    expect(en.docs[0]!.updates![0]!.text).toBe(item.updates![0]!.text.en)
    expect(zh.docs[0]!.updates![0]!.text).toBe(item.updates![0]!.text.zh)

    const navigation = await payload.findGlobal({ slug: 'navigation', locale: 'en' })
    expect(navigation.header?.length).toBeGreaterThan(3)
    const admins = await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.com' } } })
    expect(admins.docs[0]?.roles).toEqual(['admin'])
  })

  it('changes nothing on a second run', async () => {
    const payload = await getTestPayload()
    const before = await payload.find({ collection: 'news', limit: 1, sort: 'slug', depth: 0 })
    await seedDemoContent(payload, { withDemoUsers: true })
    expect(await counts()).toEqual(Object.fromEntries(expected))
    const after = await payload.findByID({ collection: 'news', id: before.docs[0]!.id, depth: 0 })
    expect(after.updatedAt).toBe(before.docs[0]!.updatedAt)
  })

  it('restores what an editor deleted, and --reset starts over', async () => {
    const payload = await getTestPayload()
    const slug = seedNews[0]!.slug
    await payload.delete({ collection: 'news', where: { slug: { equals: slug } } })
    await seedDemoContent(payload, { withDemoUsers: false })
    expect((await payload.count({ collection: 'news', where: { slug: { equals: slug } } })).totalDocs).toBe(1)

    await payload.create({ collection: 'tags', data: { title: '临时标签', slug: 'temporary-tag' } })
    await seedDemoContent(payload, { withDemoUsers: false, reset: true })
    expect(await counts()).toEqual(Object.fromEntries(expected))
  }, 300_000)
})
