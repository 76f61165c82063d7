import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchDocuments } from '@/lib/data/search'

import { graphql, rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

/** Every draft text in this file carries the marker, so any leak shows up in a response body. */
const SECRET = 'SECRET-DRAFT'
const context = { disableRevalidate: true }

describe('unpublished drafts never reach the public', () => {
  let payload: Payload
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    payload = await getTestPayload()
    const draftProject = await payload.create({
      collection: 'projects',
      context,
      draft: true,
      data: { name: `草稿项目 ${SECRET}`, slug: 'leak-draft-project', _status: 'draft' },
    })
    const policy = await payload.create({
      collection: 'policies',
      context,
      data: { title: '公开政策', slug: 'leak-policy', validity: 'in-force', _status: 'published' },
    })
    const published = await payload.create({
      collection: 'news',
      context,
      data: {
        title: '公开标题',
        slug: 'leak-published-news',
        publishedAt: '2021-05-17T00:00:00.000Z',
        relatedProjects: [draftProject.id],
        relatedPolicies: [policy.id],
        _status: 'published',
      },
    })
    // A newer, unpublished draft of a published document.
    await payload.update({ collection: 'news', id: published.id, context, draft: true, data: { title: `新标题 ${SECRET}` } })
    const draftNews = await payload.create({
      collection: 'news',
      context,
      draft: true,
      data: {
        title: `草稿新闻 ${SECRET}`,
        slug: 'leak-draft-news',
        publishedAt: '2021-05-18T00:00:00.000Z',
        relatedPolicies: [policy.id],
        _status: 'draft',
      },
    })
    await payload.create({
      collection: 'milestones',
      context,
      draft: true,
      data: { title: `草稿大事 ${SECRET}`, date: '2021-05-17T00:00:00.000Z', datePrecision: 'day', _status: 'draft' },
    })
    Object.assign(ids, { draftProject: draftProject.id, policy: policy.id, published: published.id, draftNews: draftNews.id })
  })

  const restRoads = () => [
    '/news',
    '/news?draft=true',
    '/news?draft=true&depth=3',
    '/news?where[_status][equals]=draft',
    '/news?draft=true&where[_status][equals]=draft',
    `/news?draft=true&where[title][like]=${SECRET}`,
    '/news?draft=true&locale=all',
    `/news/${ids.published}?draft=true&depth=2`,
    `/news/${ids.draftNews}`,
    `/news/${ids.draftNews}?draft=true`,
    '/news/versions',
    `/news/versions?where[parent][equals]=${ids.published}`,
    `/projects/${ids.draftProject}?draft=true`,
    '/projects?draft=true&where[slug][equals]=leak-draft-project',
    `/policies/${ids.policy}?depth=2&draft=true`,
    `/policies/${ids.policy}?joins[interpretationNews][where][_status][equals]=draft`,
    '/milestones?draft=true',
    '/milestones/versions',
  ]

  it('through REST, whatever the query asks for', async () => {
    for (const path of restRoads()) {
      const response = await rest('GET', path)
      expect(response.status, path).toBeLessThan(500)
      expect(response.text, path).not.toContain(SECRET)
    }
  })

  it('through GraphQL, with draft: true and through relationships and versions', async () => {
    const queries = [
      `{ allNews(draft: true, limit: 100) { docs { title relatedProjects { name } } } }`,
      `{ allNews(draft: true, where: { _status: { equals: draft } }) { docs { title } } }`,
      `{ News(id: ${ids.published}, draft: true) { title } }`,
      `{ News(id: ${ids.draftNews}, draft: true) { title } }`,
      `{ versionsallNews { docs { version { title } } } }`,
      `{ Projects(draft: true) { docs { name } } }`,
      `{ Policy(id: ${ids.policy}, draft: true) { title interpretationNews { docs { title } } } }`,
    ]
    for (const query of queries) {
      const response = await graphql(query)
      expect(response.status, query).toBeLessThan(500)
      expect(response.text, query).not.toContain(SECRET)
    }
  })

  it('through the Local API as the public site calls it (access checked, no user)', async () => {
    const reads = [
      payload.find({ collection: 'news', overrideAccess: false, draft: true, depth: 2, limit: 100 }),
      payload.find({ collection: 'news', overrideAccess: false, draft: true, where: { slug: { equals: 'leak-published-news' } } }),
      payload.find({ collection: 'projects', overrideAccess: false, draft: true }),
      payload.find({ collection: 'milestones', overrideAccess: false, draft: true }),
      payload.findByID({ collection: 'policies', id: ids.policy!, overrideAccess: false, draft: true, depth: 2 }),
    ]
    for (const result of await Promise.all(reads)) expect(JSON.stringify(result)).not.toContain(SECRET)
  })

  it('the published version is what the public reads of a document that has a newer draft', async () => {
    const response = await rest('GET', `/news/${ids.published}?draft=true`)
    expect(response.status).toBe(200)
    expect((response.json() as { title: string }).title).toBe('公开标题')
  })

  it('through the site search, in both locales, with the published version found instead', async () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const q of [SECRET, '草稿', '新标题']) {
        const result = await searchDocuments(locale, { q, page: 1 })
        expect(JSON.stringify(result), `${locale} ${q}`).not.toContain(SECRET)
        expect(result.hits.map((hit) => hit.path), `${locale} ${q}`).not.toContain('/news/leak-published-news')
      }
      const published = await searchDocuments(locale, { q: '公开标题', page: 1 })
      expect(published.hits.map((hit) => hit.path)).toContain('/news/leak-published-news')
    }
  })

  it('staff do see the drafts (so the checks above can fail)', async () => {
    const { token } = await testUser('editor')
    const response = await rest('GET', '/news?draft=true&limit=100', { token })
    expect(response.text).toContain(SECRET)
    const graph = await graphql(`{ News(id: ${ids.draftNews}, draft: true) { title } }`, token)
    expect(graph.text).toContain(SECRET)
  })
})
