import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '@/seed/richText'

import { rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

const context = { disableRevalidate: true }

describe('English translation status of content', () => {
  let payload: Payload
  let translatorToken: string
  let editorToken: string

  beforeAll(async () => {
    payload = await getTestPayload()
    translatorToken = (await testUser('translator')).token
    editorToken = (await testUser('editor')).token
  })

  const status = async (id: number) =>
    (await payload.findByID({ collection: 'news', id, draft: true, depth: 0 })).englishStatus

  it('goes missing → up to date → outdated (Chinese edited) → up to date (English edited)', async () => {
    const created = await payload.create({
      collection: 'news',
      locale: 'zh',
      context,
      data: { title: '状态测试', slug: 'status-test', publishedAt: '2021-05-17T00:00:00.000Z', body: paragraphs('正文'), _status: 'published' },
    })
    expect(created.englishStatus).toBe('missing')

    const english = await rest('PATCH', `/news/${created.id}?locale=en&draft=true`, {
      token: translatorToken,
      body: { title: 'Status test', body: paragraphs('Body') },
    })
    expect(english.status, english.text).toBe(200)
    expect(await status(created.id)).toBe('current')

    // Saving the Chinese without changing any text (a shared field only) changes nothing.
    const unchanged = await rest('PATCH', `/news/${created.id}?locale=zh`, {
      token: editorToken,
      body: { publishedAt: '2021-05-18T00:00:00.000Z', _status: 'published' },
    })
    expect(unchanged.status, unchanged.text).toBe(200)
    expect(await status(created.id)).toBe('current')

    const chinese = await rest('PATCH', `/news/${created.id}?locale=zh`, {
      token: editorToken,
      body: { body: paragraphs('修改后的正文'), _status: 'published' },
    })
    expect(chinese.status, chinese.text).toBe(200)
    expect(await status(created.id)).toBe('outdated')
    const outdated = await payload.find({ collection: 'news', where: { englishStatus: { equals: 'outdated' } }, depth: 0 })
    expect(outdated.docs.map((doc) => doc.slug)).toContain('status-test')

    const fixed = await rest('PATCH', `/news/${created.id}?locale=en&draft=true`, {
      token: translatorToken,
      body: { body: paragraphs('Revised body') },
    })
    expect(fixed.status, fixed.text).toBe(200)
    expect(await status(created.id)).toBe('current')

    // Publishing the translator's draft keeps it up to date.
    const published = await rest('PATCH', `/news/${created.id}?locale=en`, { token: editorToken, body: { _status: 'published' } })
    expect(published.status, published.text).toBe(200)
    const doc = await payload.findByID({ collection: 'news', id: created.id, locale: 'en', depth: 0 })
    expect(doc).toMatchObject({ englishStatus: 'current', title: 'Status test', _status: 'published' })
  })

  it('cannot be set by anyone through the API', async () => {
    const { docs } = await payload.find({ collection: 'news', where: { slug: { equals: 'status-test' } }, depth: 0 })
    const forged = await rest('PATCH', `/news/${docs[0]!.id}?locale=zh`, {
      token: editorToken,
      body: { englishStatus: 'missing', translationFingerprints: { zh: 'x', en: 'x', zhAtEnglishEdit: 'x' } },
    })
    expect(forged.status, forged.text).toBe(200)
    expect(await status(docs[0]!.id)).toBe('current')
  })

  it('follows localized text inside array rows (project updates)', async () => {
    const project = await payload.create({
      collection: 'projects',
      locale: 'zh',
      context,
      data: { name: '状态项目', slug: 'status-project', updates: [{ date: '2021-05-17T00:00:00.000Z', datePrecision: 'day', text: '开工' }] },
    })
    const withEnglish = await payload.update({
      collection: 'projects',
      id: project.id,
      locale: 'en',
      context,
      data: { name: 'Status project', updates: [{ id: project.updates![0]!.id, text: 'Started' }] },
    })
    expect(withEnglish.englishStatus).toBe('current')
    const rowEdited = await payload.update({
      collection: 'projects',
      id: project.id,
      locale: 'zh',
      context,
      data: { updates: [{ ...project.updates![0]!, text: '开工建设' }] },
    })
    expect(rowEdited.englishStatus).toBe('outdated')
  })

  it('is set for every seeded-style document with both languages', async () => {
    const tag = await payload.create({ collection: 'tags', locale: 'zh', context, data: { title: '标签状态', slug: 'status-tag' } })
    expect(tag.englishStatus).toBe('missing')
    const english = await payload.update({ collection: 'tags', id: tag.id, locale: 'en', context, data: { title: 'Status tag' } })
    expect(english.englishStatus).toBe('current')
  })
})
