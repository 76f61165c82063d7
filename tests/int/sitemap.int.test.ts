import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countSitemapPaths, readSitemapFile } from '@/lib/data/sitemap'
import { publicPaths } from '@/lib/paths'
import {
  findSitemapFile,
  MAX_SITEMAP_URLS,
  planSitemapFiles,
  SITEMAP_FILE_URLS,
  sitemapFileName,
  sitemapIndexXml,
  sitemapXml,
  type SitemapSource,
} from '@/lib/sitemap'
import { hasContent, seedDemoContent } from '@/seed'
import { seedBulkContent } from '@/seed/bulk'

import { getTestPayload } from '../helpers/payload'

const sizes = (counts: Partial<Record<SitemapSource, number>>) => ({ sections: 5, news: 0, projects: 0, policies: 0, pages: 0, ...counts })
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

describe('sitemap files (pure)', () => {
  it('cuts each source into files of at most the URL limit (one URL per locale and path)', () => {
    const files = planSitemapFiles(sizes({ news: 11, projects: 10, pages: 2 }), 10)
    expect(files.map(sitemapFileName)).toEqual([
      'sections-0.xml',
      'news-0.xml',
      'news-1.xml',
      'news-2.xml',
      'projects-0.xml',
      'projects-1.xml',
      'pages-0.xml',
    ])
    expect(files.filter((file) => file.source === 'news').map(({ offset, limit }) => [offset, limit])).toEqual([
      [0, 5],
      [5, 5],
      [10, 5],
    ])
  })

  it('splits at 10,000 URLs, within the protocol’s 50,000: 100,000 news items in two locales make twenty files', () => {
    expect(SITEMAP_FILE_URLS).toBeLessThanOrEqual(MAX_SITEMAP_URLS)
    const news = planSitemapFiles(sizes({ news: 100_000 })).filter((file) => file.source === 'news')
    expect(news).toHaveLength(20)
    for (const file of news) expect(file.limit * 2).toBe(SITEMAP_FILE_URLS)
    expect(planSitemapFiles(sizes({ news: 5_001 })).filter((file) => file.source === 'news')).toHaveLength(2)
  })

  it('finds a file by its name only when the plan has it', () => {
    const files = planSitemapFiles(sizes({ news: 3 }), 4)
    expect(findSitemapFile(files, 'news-1.xml')).toEqual({ source: 'news', index: 1, offset: 2, limit: 2 })
    for (const name of ['news-2.xml', 'news-1', 'x/news-1.xml', 'projects-0.xml']) expect(findSitemapFile(files, name)).toBeUndefined()
  })

  it('writes each path in both locales with hreflang alternates, and an index of files', () => {
    const xml = sitemapXml([{ path: '/' }, { path: '/news/a&b', lastModified: '2021-05-17T04:00:00.000Z' }], new URL('https://portal.example.cn'))
    expect(count(xml, /<url>/g)).toBe(4)
    expect(count(xml, /<xhtml:link rel="alternate"/g)).toBe(12)
    expect(xml).toContain('<loc>https://portal.example.cn/en/news/a&amp;b</loc>')
    expect(xml).toContain('hreflang="x-default" href="https://portal.example.cn/zh"')
    expect(count(xml, /<lastmod>2021-05-17T04:00:00.000Z<\/lastmod>/g)).toBe(2)
    const index = sitemapIndexXml(['https://portal.example.cn/sitemaps/news-0.xml'])
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index).toContain('<sitemap>\n<loc>https://portal.example.cn/sitemaps/news-0.xml</loc>\n</sitemap>')
  })
})

describe('sitemap files on a database', () => {
  const NEWS = 120
  let payload: Payload

  // The file is read with SQL of its own: a draft and a document in the trash must stay out, as they do for Payload's access rules.
  const outside = { draft: 'sitemap-draft-only', trashed: 'sitemap-in-the-trash' }
  const removeOutsiders = () =>
    payload.delete({ collection: 'news', trash: true, where: { slug: { in: Object.values(outside) } } })

  beforeAll(async () => {
    payload = await getTestPayload()
    if (!(await hasContent(payload))) await seedDemoContent(payload, { withDemoUsers: false })
    await seedBulkContent(payload, { news: NEWS })
    await removeOutsiders()
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: '仅草稿', slug: outside.draft, publishedAt: '2021-05-17T04:00:00.000Z', _status: 'draft' },
    })
    const trashed = await payload.create({
      collection: 'news',
      data: { title: '已删除', slug: outside.trashed, publishedAt: '2021-05-17T04:00:00.000Z', _status: 'published' },
    })
    await payload.update({ collection: 'news', id: trashed.id, data: { deletedAt: new Date().toISOString() } })
  }, 300_000)

  afterAll(async () => {
    await removeOutsiders()
    await seedBulkContent(payload, { news: 0 })
  })

  it('lists every published document exactly once across files of at most the limit', async () => {
    const maxUrls = 100
    const files = planSitemapFiles(await countSitemapPaths(), maxUrls)
    const entries = []
    for (const file of files) {
      const read = await readSitemapFile(file)
      expect(read.length * 2, sitemapFileName(file)).toBeLessThanOrEqual(maxUrls)
      expect(read.length, sitemapFileName(file)).toBeGreaterThan(0)
      entries.push(...read)
    }
    const published = async (collection: 'news' | 'projects' | 'policies' | 'pages') =>
      (
        await payload.find({ collection, overrideAccess: false, limit: 0, pagination: false, depth: 0, select: { slug: true } })
      ).docs.map((doc) => doc.slug)
    const newsSlugs = await published('news')
    expect(newsSlugs.length).toBeGreaterThan(NEWS)
    expect(files.filter((file) => file.source === 'news')).toHaveLength(Math.ceil(newsSlugs.length / 50))
    const paths = entries.map((entry) => entry.path)
    expect(paths).not.toContain(publicPaths.news(outside.draft))
    expect(paths).not.toContain(publicPaths.news(outside.trashed))
    expect(new Set(paths).size).toBe(paths.length)
    // Each entry's last change is the document's own, as Payload gives it.
    const [first] = await payload.find({ collection: 'news', overrideAccess: false, sort: 'id', limit: 1, depth: 0 }).then((found) => found.docs)
    expect(entries).toContainEqual({ path: publicPaths.news(first!.slug), lastModified: first!.updatedAt })
    expect(paths.sort()).toEqual(
      [
        publicPaths.home(),
        publicPaths.newsList(),
        publicPaths.projectList(),
        publicPaths.policyList(),
        publicPaths.timeline(),
        ...newsSlugs.map((slug) => publicPaths.news(slug)),
        ...(await published('projects')).map((slug) => publicPaths.project(slug)),
        ...(await published('policies')).map((slug) => publicPaths.policy(slug)),
        ...(await published('pages')).map((slug) => publicPaths.page(slug)),
      ].sort(),
    )
  })
})
