import { Forbidden, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'

const context = { disableRevalidate: true }

describe('access rules', () => {
  let payload: Payload
  const ids: number[] = []

  it('makes the first user of an empty database an admin, and no one after', async () => {
    payload = await getTestPayload()
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const first = await payload.create({
      collection: 'users',
      data: { email: 'access-first@example.com', password: 'a-long-test-password', roles: ['editor'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await payload.create({
      collection: 'users',
      data: { email: 'access-second@example.com', password: 'a-long-test-password', roles: ['editor'] },
    })
    expect(second.roles).toEqual(['editor'])
    await payload.delete({ collection: 'users', id: second.id })
  })

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    for (const id of ids) await payload.delete({ collection: 'news', id, context })
  })

  it('keeps drafts from anonymous readers and shows them to staff', async () => {
    const draft = await payload.create({
      collection: 'news',
      context,
      locale: 'zh',
      draft: true,
      data: { title: '草稿测试', slug: 'access-draft', publishedAt: '2021-05-01T00:00:00.000Z', _status: 'draft' },
    })
    const published = await payload.create({
      collection: 'news',
      context,
      locale: 'zh',
      data: { title: '已发布测试', slug: 'access-published', publishedAt: '2021-05-02T00:00:00.000Z', _status: 'published' },
    })
    ids.push(draft.id, published.id)

    const slugsFor = async (user?: Parameters<Payload['find']>[0]['user']) => {
      const { docs } = await payload.find({ collection: 'news', overrideAccess: false, user, draft: true, limit: 100 })
      return docs.map((doc) => doc.slug)
    }

    const anonymous = await slugsFor()
    expect(anonymous).toContain('access-published')
    expect(anonymous).not.toContain('access-draft')

    const editor = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'access-editor@example.com', password: 'a-long-test-password', roles: ['editor'] },
    })
    const staff = await slugsFor({ ...editor, collection: 'users' })
    expect(staff).toEqual(expect.arrayContaining(['access-draft', 'access-published']))
    await payload.delete({ collection: 'users', id: editor.id })
  })

  it('lets only editors and admins create news', async () => {
    const translator = await payload.create({
      collection: 'users',
      data: { email: 'access-translator@example.com', password: 'a-long-test-password', roles: ['translator'] },
    })
    await expect(
      payload.create({
        collection: 'news',
        context,
        overrideAccess: false,
        user: { ...translator, collection: 'users' },
        data: { title: 'x', slug: 'access-forbidden', publishedAt: '2021-05-03T00:00:00.000Z' },
      }),
    ).rejects.toThrow(Forbidden)
    await payload.delete({ collection: 'users', id: translator.id })
  })

  it('does not let a user give themselves a role', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'access-self@example.com', password: 'a-long-test-password', roles: ['editor'] },
    })
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
      data: { roles: ['admin'] },
    })
    expect(updated.roles).toEqual(['editor'])
    await payload.delete({ collection: 'users', id: editor.id })
  })
})
