import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

/** Every trashed document's text carries the marker, so any leak shows up in a response body. */
const TRASHED = 'TRASHED-DOC'
const context = { disableRevalidate: true }

/** A minimal published document of each collection with a trash, its text carrying the marker. */
const fixtures: Record<string, (n: number) => Record<string, unknown>> = {
  news: (n) => ({ title: `${TRASHED} 新闻`, slug: `trash-news-${n}`, publishedAt: '2021-05-17T00:00:00.000Z' }),
  projects: (n) => ({ name: `${TRASHED} 项目`, slug: `trash-project-${n}` }),
  policies: (n) => ({ title: `${TRASHED} 政策`, slug: `trash-policy-${n}`, validity: 'in-force' }),
  milestones: () => ({ title: `${TRASHED} 大事`, date: '2021-05-17T00:00:00.000Z', datePrecision: 'day' }),
  indicators: (n) => ({
    label: `${TRASHED} 指标`,
    value: n,
    unit: 'count',
    qualifier: 'exact',
    group: 'innovation',
    asOf: '2021-05-01T00:00:00.000Z',
    asOfPrecision: 'month',
  }),
  pages: (n) => ({ title: `${TRASHED} 页面`, slug: `trash-page-${n}` }),
}

/** Payload's GraphQL query names for one document and for a list. */
const graphqlNames: Record<string, [string, string]> = {
  news: ['News', 'allNews'],
  projects: ['Project', 'Projects'],
  policies: ['Policy', 'Policies'],
  milestones: ['Milestone', 'Milestones'],
  indicators: ['Indicator', 'Indicators'],
  pages: ['Page', 'Pages'],
}

describe('a published document moved to the trash is offline at every door', () => {
  let payload: Payload
  let editorToken: string
  const trashed: Record<string, number> = {}

  beforeAll(async () => {
    payload = await getTestPayload()
    editorToken = (await testUser('editor')).token
    let n = 0
    for (const [collection, data] of Object.entries(fixtures)) {
      const slug = collection as CollectionSlug
      const doc = await payload.create({ collection: slug, context, locale: 'zh', data: { ...data((n += 1)), _status: 'published' } as never })
      await payload.update({ collection: slug, id: doc.id, context, data: { deletedAt: new Date().toISOString() } as never })
      trashed[collection] = doc.id as number
    }
  })

  it('every collection with drafts has a trash (so this file covers them all)', () => {
    const withTrash = payload.config.collections.filter((collection) => collection.trash).map((collection) => collection.slug)
    expect(withTrash.sort()).toEqual(Object.keys(fixtures).sort())
  })

  for (const collection of Object.keys(fixtures)) {
    it(`${collection}: REST refuses the trash to visitors, staff still see it`, async () => {
      const id = trashed[collection]!
      const roads = [
        `/${collection}/${id}?trash=true`,
        `/${collection}/${id}?trash=true&draft=true&depth=2`,
        `/${collection}?trash=true&where[deletedAt][exists]=true`,
        `/${collection}?trash=true&limit=100&locale=all`,
        `/${collection}/versions?trash=true`,
      ]
      for (const path of roads) {
        const anonymous = await rest('GET', path)
        expect(anonymous.status, path).toBeLessThan(500)
        expect(anonymous.text, path).not.toContain(TRASHED)
      }
      const asStaff = await rest('GET', `/${collection}/${id}?trash=true`, { token: editorToken })
      expect(asStaff.status).toBe(200)
      expect(asStaff.text).toContain(TRASHED)
      const staffList = await rest('GET', `/${collection}?trash=true&where[deletedAt][exists]=true&limit=100`, { token: editorToken })
      expect(staffList.text).toContain(TRASHED)
    })

    it(`${collection}: GraphQL with trash: true gives visitors nothing, staff the document`, async () => {
      const [singularName, pluralName] = graphqlNames[collection]!
      const id = trashed[collection]!
      const queries = [
        `{ ${pluralName}(trash: true, where: { deletedAt: { exists: true } }) { docs { id deletedAt } } }`,
        `{ ${singularName}(id: ${id}, trash: true) { id deletedAt } }`,
      ]
      for (const query of queries) {
        const anonymous = await graphql(query)
        expect(anonymous.status, query).toBeLessThan(500)
        expect(anonymous.text, query).not.toMatch(new RegExp(`"id":${id}\\b`))
        const staff = await graphql(query, editorToken)
        expect(staff.text, query).toMatch(new RegExp(`"id":${id}\\b`))
      }
    })
  }

  it('the Local API as the public site calls it (access checked, no user) does not see the trash', async () => {
    for (const collection of Object.keys(fixtures)) {
      const result = await payload.find({ collection: collection as CollectionSlug, overrideAccess: false, trash: true, limit: 100 })
      expect(JSON.stringify(result), collection).not.toContain(TRASHED)
    }
  })
})
