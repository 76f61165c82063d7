import { ValidationError, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slug'

import { getTestPayload } from '../helpers/payload'

const context = { disableRevalidate: true }
const publishedAt = '2021-05-17T04:00:00.000Z'

describe('slugs', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('romanizes Chinese as pinyin, keeps ASCII readable, and cuts long titles at a word', () => {
    expect(slugify('西部（重庆）科学城')).toBe('xi-bu-chong-qing-ke-xue-cheng')
    expect(slugify('“渝快办” 2021年')).toBe('yu-kuai-ban-2021-nian')
    expect(slugify('Café & Hi-tech Zone!')).toBe('cafe-hi-tech-zone')
    const long = slugify('成渝地区双城经济圈高新技术产业开发区协同创新战略联盟正式成立')
    expect(long.length).toBeLessThanOrEqual(60)
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('generates one unique slug per collection, shared by both locales', async () => {
    const first = await payload.create({ collection: 'news', context, data: { title: '科学城新闻', publishedAt, _status: 'published' } as never })
    const second = await payload.create({ collection: 'news', context, data: { title: '科学城新闻', publishedAt, _status: 'published' } as never })
    expect(first.slug).toBe('ke-xue-cheng-xin-wen')
    expect(second.slug).toBe('ke-xue-cheng-xin-wen-2')
    await payload.update({ collection: 'news', id: first.id, context, locale: 'en', data: { title: 'Science City news' } })
    const english = await payload.findByID({ collection: 'news', id: first.id, locale: 'en' })
    expect(english.slug).toBe('ke-xue-cheng-xin-wen')
    // Another collection may use the same slug.
    const project = await payload.create({ collection: 'projects', context, data: { name: '科学城新闻', _status: 'published' } as never })
    expect(project.slug).toBe('ke-xue-cheng-xin-wen')
  })

  it('follows the title until first published, then keeps the public address', async () => {
    // The admin's autosave saves an empty draft before anything is typed.
    const draft = await payload.create({ collection: 'news', context, draft: true, data: { publishedAt, _status: 'draft' } as never })
    expect(draft.slug ?? '').toBe('')
    const typing = await payload.update({ collection: 'news', id: draft.id, context, draft: true, data: { title: '西部' } })
    expect(typing.slug).toBe('xi-bu')
    const typed = await payload.update({ collection: 'news', id: draft.id, context, draft: true, data: { title: '西部科学城授牌' } })
    expect(typed.slug).toBe('xi-bu-ke-xue-cheng-shou-pai')
    await payload.update({ collection: 'news', id: draft.id, context, data: { _status: 'published' } })
    const renamed = await payload.update({ collection: 'news', id: draft.id, context, data: { title: '新标题' } })
    expect(renamed.slug).toBe('xi-bu-ke-xue-cheng-shou-pai')
  })

  it('keeps a slug the editor typed, and refuses a taken, malformed or reserved one', async () => {
    const custom = await payload.create({
      collection: 'news',
      context,
      data: { title: '自定义', slug: 'My Custom Address', publishedAt, _status: 'published' },
    })
    expect(custom.slug).toBe('my-custom-address')
    const retitled = await payload.update({ collection: 'news', id: custom.id, context, data: { title: '另一个标题' } })
    expect(retitled.slug).toBe('my-custom-address')

    await expect(
      payload.create({ collection: 'news', context, data: { title: 'x', slug: 'my-custom-address', publishedAt, _status: 'published' } }),
    ).rejects.toThrow(ValidationError)
    await expect(
      payload.create({ collection: 'pages', context, data: { title: '新闻', slug: 'news', _status: 'published' } }),
    ).rejects.toThrow(ValidationError)
  })
})
