import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GRAPHQL_MAX_DEPTH } from '@/access/graphqlLimits'
import { PUBLIC_MAX_DEPTH, PUBLIC_MAX_LIMIT } from '@/access/publicReadLimits'
import { databasePoolLimits } from '@/server/env'
import { placeholderImage } from '@/seed/placeholderFiles'

import { graphql, rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

const context = { disableRevalidate: true }
const MARK = 'bounded-read'

type List = { docs: { id: number }[]; totalDocs: number }
type MilestoneDoc = { related?: { value: { relatedProjects?: { cover?: unknown }[] } } | null }

describe('visitors cannot ask the API for a whole table, fully populated', () => {
  let payload: Payload
  let editorToken: string
  let milestoneId: number
  let policyId: number

  beforeAll(async () => {
    payload = await getTestPayload()
    editorToken = (await testUser('editor')).token
    // More documents than a visitor may list at once, all explaining one policy (a join field).
    const policy = await payload.create({ collection: 'policies', context, data: { title: '带解读', slug: `${MARK}-policy`, validity: 'in-force', _status: 'published' } })
    policyId = policy.id
    for (let n = 0; n <= PUBLIC_MAX_LIMIT; n += 1) {
      await payload.create({
        collection: 'news',
        context,
        data: { title: `${MARK} ${n}`, slug: `${MARK}-${n}`, publishedAt: '2020-01-01T00:00:00.000Z', relatedPolicies: [policy.id], _status: 'published' },
      })
    }
    // A chain three relations deep: milestone → news → project → cover image.
    const cover = await payload.create({ collection: 'media', context, data: { alt: '封面' }, file: await placeholderImage(MARK) })
    const project = await payload.create({ collection: 'projects', context, data: { name: '深层项目', slug: `${MARK}-project`, cover: cover.id, _status: 'published' } })
    const news = await payload.create({
      collection: 'news',
      context,
      data: { title: '深层新闻', slug: `${MARK}-deep`, publishedAt: '2020-01-02T00:00:00.000Z', relatedProjects: [project.id], _status: 'published' },
    })
    const milestone = await payload.create({
      collection: 'milestones',
      context,
      data: { title: '深层大事', date: '2020-01-02T00:00:00.000Z', datePrecision: 'day', related: { relationTo: 'news', value: news.id }, _status: 'published' },
    })
    milestoneId = milestone.id
  })

  const marked = `where[title][like]=${MARK}`

  it(`REST: limit=0 or a huge limit gives a visitor at most ${PUBLIC_MAX_LIMIT} documents; staff get them all`, async () => {
    for (const limit of ['0', '100000']) {
      const anonymous = await rest('GET', `/news?${marked}&limit=${limit}&depth=10&locale=all`)
      expect(anonymous.status, anonymous.text.slice(0, 300)).toBe(200)
      const list = anonymous.json() as List
      expect(list.docs).toHaveLength(PUBLIC_MAX_LIMIT)
      expect(list.totalDocs).toBeGreaterThan(PUBLIC_MAX_LIMIT)
      const staff = (await rest('GET', `/news?${marked}&limit=${limit}`, { token: editorToken })).json() as List
      expect(staff.docs.length).toBe(staff.totalDocs)
    }
  })

  it(`REST: a visitor's depth stops at ${PUBLIC_MAX_DEPTH}; staff may go deeper`, async () => {
    const coverAt = (doc: MilestoneDoc) => doc.related?.value.relatedProjects?.[0]?.cover
    const anonymous = (await rest('GET', `/milestones/${milestoneId}?depth=10`)).json() as MilestoneDoc
    expect(typeof coverAt(anonymous)).toBe('number')
    const staff = (await rest('GET', `/milestones/${milestoneId}?depth=3`, { token: editorToken })).json() as MilestoneDoc
    expect(coverAt(staff)).toMatchObject({ alt: '封面' })
  })

  it('REST: pagination=false is refused to visitors with a reason, allowed to staff', async () => {
    const anonymous = await rest('GET', `/news?${marked}&pagination=false`)
    expect(anonymous.status).toBe(400)
    expect(anonymous.text).toContain(String(PUBLIC_MAX_LIMIT))
    const staff = await rest('GET', `/news?${marked}&pagination=false`, { token: editorToken })
    expect(staff.status).toBe(200)
    expect((staff.json() as List).docs.length).toBeGreaterThan(PUBLIC_MAX_LIMIT)
  })

  it('REST: a join field lists at most as many for a visitor; staff get them all', async () => {
    type Joined = { interpretationNews: { docs: unknown[] } }
    const path = `/policies/${policyId}?depth=0&joins[interpretationNews][limit]=0`
    const anonymous = (await rest('GET', path)).json() as Joined
    expect(anonymous.interpretationNews.docs).toHaveLength(PUBLIC_MAX_LIMIT)
    const staff = (await rest('GET', path, { token: editorToken })).json() as Joined
    expect(staff.interpretationNews.docs.length).toBeGreaterThan(PUBLIC_MAX_LIMIT)
  })

  it('GraphQL: limit 0 is capped and pagination: false refused for visitors', async () => {
    const capped = await graphql(`{ allNews(limit: 0, where: { title: { like: "${MARK}" } }) { docs { id } totalDocs } }`)
    const list = (capped.json() as { data: { allNews: List } }).data.allNews
    expect(list.docs).toHaveLength(PUBLIC_MAX_LIMIT)
    const unpaginated = await graphql(`{ allNews(pagination: false, where: { title: { like: "${MARK}" } }) { docs { id } } }`)
    expect(unpaginated.text).toContain(String(PUBLIC_MAX_LIMIT))
    expect((unpaginated.json() as { data: { allNews: unknown } }).data.allNews).toBeNull()
    const asStaff = await graphql(`{ allNews(pagination: false, where: { title: { like: "${MARK}" } }) { docs { id } } }`, editorToken)
    expect((asStaff.json() as { data: { allNews: { docs: unknown[] } } }).data.allNews.docs.length).toBeGreaterThan(PUBLIC_MAX_LIMIT)
  })

  it(`GraphQL: a query nested deeper than ${GRAPHQL_MAX_DEPTH} is refused before it runs; one within the limit runs`, async () => {
    /** allNews > docs > relatedProjects > relatedNews > docs > relatedProjects > … > id: `depth` levels. */
    const nested = (depth: number) => {
      const chain = ['relatedProjects', 'relatedNews', 'docs']
      const fields = Array.from({ length: depth - 3 }, (_, n) => chain[n % chain.length])
      return `{ allNews(limit: 1) { docs { ${fields.map((field) => `${field} { `).join('')}id${' }'.repeat(fields.length)} } } }`
    }
    const deep = await graphql(nested(GRAPHQL_MAX_DEPTH + 1))
    expect(deep.text).toMatch(/exceeds the limit/)
    // One level less: the chain then ends on a document (a join's own level has no id to select).
    const shallow = await graphql(nested(GRAPHQL_MAX_DEPTH - 1))
    expect(shallow.text, shallow.text.slice(0, 400)).not.toMatch(/exceeds the limit|complexity/i)
    expect((shallow.json() as { data?: unknown }).data, shallow.text.slice(0, 400)).toBeTruthy()
  })

  it('GraphQL: a query whose estimated cost is too high is refused', async () => {
    const fields = Array.from({ length: 60 }, (_, n) => `r${n}: relatedProjects { id }`).join(' ')
    const costly = await graphql(`{ allNews(limit: 1) { docs { ${fields} } } }`)
    expect(costly.text).toMatch(/complexity/i)
  })

  it('the database pool cancels long statements and bounds the wait for a connection', async () => {
    expect(databasePoolLimits()).toEqual({ statement_timeout: 10_000, connectionTimeoutMillis: 5_000 })
    const db = payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<{ rows: { statement_timeout: string }[] }> } }
    const { rows } = await db.drizzle.execute(sql`show statement_timeout`)
    expect(rows[0]!.statement_timeout).toBe('10s')
  })
})
