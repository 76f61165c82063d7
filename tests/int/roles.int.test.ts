import { ValidationError, type CollectionSlug, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { fileCollections } from '@/hooks/fileUses'
import { placeholderImage, placeholderPdf } from '@/seed/placeholderFiles'

import { testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

type Actor = Role | 'anonymous'
type Action = 'create' | 'readDraft' | 'updateChinese' | 'updateEnglishDraft' | 'publish' | 'delete'

const actors: Actor[] = ['anonymous', 'translator', 'editor', 'admin']
const context = { disableRevalidate: true }

/** Each collection with what a minimal valid document needs and its main localized text field. */
const fixtures: Record<string, { text: string; data: (n: number) => Record<string, unknown>; drafts: boolean }> = {
  news: { text: 'title', drafts: true, data: (n) => ({ title: `新闻${n}`, slug: `matrix-news-${n}`, publishedAt: '2021-05-17T00:00:00.000Z' }) },
  projects: { text: 'name', drafts: true, data: (n) => ({ name: `项目${n}`, slug: `matrix-project-${n}` }) },
  policies: { text: 'title', drafts: true, data: (n) => ({ title: `政策${n}`, slug: `matrix-policy-${n}`, validity: 'in-force' }) },
  milestones: {
    text: 'title',
    drafts: true,
    data: (n) => ({ title: `大事${n}`, date: '2021-05-17T00:00:00.000Z', datePrecision: 'day' }),
  },
  indicators: {
    text: 'label',
    drafts: true,
    data: (n) => ({
      label: `指标${n}`,
      value: n,
      unit: 'count',
      qualifier: 'exact',
      group: 'innovation',
      asOf: '2021-05-01T00:00:00.000Z',
      asOfPrecision: 'month',
    }),
  },
  pages: { text: 'title', drafts: true, data: (n) => ({ title: `页面${n}`, slug: `matrix-page-${n}` }) },
  categories: { text: 'title', drafts: false, data: (n) => ({ title: `分类${n}`, slug: `matrix-category-${n}`, scope: 'news' }) },
  tags: { text: 'title', drafts: false, data: (n) => ({ title: `标签${n}`, slug: `matrix-tag-${n}` }) },
  media: { text: 'alt', drafts: false, data: (n) => ({ alt: `图片${n}` }) },
  documents: { text: 'title', drafts: false, data: (n) => ({ title: `文件${n}` }) },
}

async function fileFor(collection: string, n: number) {
  if (collection === 'media') return placeholderImage(`matrix-${n}`)
  if (collection === 'documents') return placeholderPdf(`matrix-${n}`, ['test'])
  return undefined
}

const allowed = (collection: string, actor: Actor, action: Action, drafts: boolean): boolean => {
  if (actor === 'editor' || actor === 'admin') return true
  // A file no published document uses is staff's (src/access/publicFileOrStaff.ts).
  if (action === 'readDraft') return actor === 'translator' || (!drafts && !(fileCollections as readonly string[]).includes(collection))
  // Without drafts a save is live, so translators may not save there at all.
  return actor === 'translator' && action === 'updateEnglishDraft' && drafts
}

describe('role matrix: every role against every content collection and action', () => {
  let payload: Payload
  const users: Partial<Record<Actor, Awaited<ReturnType<typeof testUser>>['user']>> = {}
  let counter = 0

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const role of ['translator', 'editor', 'admin'] as const) users[role] = (await testUser(role)).user
  })

  async function attempt(collection: string, actor: Actor, action: Action): Promise<boolean> {
    const fixture = fixtures[collection]!
    const slug = collection as CollectionSlug
    const user = users[actor]
    const as = { overrideAccess: false, user, context } as const
    const n = (counter += 1)
    const draftFlag = fixture.drafts ? { draft: true } : {}
    const run = async () => {
      if (action === 'create') {
        await payload.create({ collection: slug, ...as, locale: 'zh', data: fixture.data(n) as never, file: await fileFor(collection, n) })
        return
      }
      const doc = await payload.create({
        collection: slug,
        context,
        locale: 'zh',
        ...draftFlag,
        data: { ...fixture.data(n), ...(fixture.drafts && { _status: 'draft' }) } as never,
        file: await fileFor(collection, n),
      })
      if (action === 'readDraft') {
        const found = await payload.find({ collection: slug, ...as, ...draftFlag, where: { id: { equals: doc.id } } })
        if (found.docs.length === 0) throw new Error('not visible')
      } else if (action === 'updateChinese' || action === 'updateEnglishDraft') {
        const locale = action === 'updateChinese' ? 'zh' : 'en'
        await payload.update({ collection: slug, id: doc.id, ...as, ...draftFlag, locale, data: { [fixture.text]: `${locale} ${n}` } as never })
      } else if (action === 'publish') {
        await payload.update({ collection: slug, id: doc.id, ...as, locale: 'zh', data: { _status: 'published' } as never })
      } else {
        await payload.delete({ collection: slug, id: doc.id, ...as })
      }
    }
    return run().then(
      () => true,
      () => false,
    )
  }

  for (const collection of Object.keys(fixtures)) {
    it(`${collection}`, async () => {
      const { drafts } = fixtures[collection]!
      const actions: Action[] = drafts
        ? ['create', 'readDraft', 'updateChinese', 'updateEnglishDraft', 'publish', 'delete']
        : ['create', 'readDraft', 'updateChinese', 'updateEnglishDraft', 'delete']
      const actual: Record<string, boolean> = {}
      const wanted: Record<string, boolean> = {}
      for (const actor of actors) {
        for (const action of actions) {
          actual[`${actor} ${action}`] = await attempt(collection, actor, action)
          wanted[`${actor} ${action}`] = allowed(collection, actor, action, drafts)
        }
      }
      expect(actual).toEqual(wanted)
    })
  }

  it('users: only admins manage accounts; everyone else sees and edits only themselves', async () => {
    const other = await payload.create({
      collection: 'users',
      data: { email: `matrix-other-${Date.now()}@example.com`, password: 'a-long-test-password', roles: ['editor'] },
    })
    const actual: Record<string, boolean> = {}
    for (const actor of actors) {
      const as = { overrideAccess: false, user: users[actor] } as const
      const outcome = (promise: Promise<unknown>) => promise.then(() => true, () => false)
      actual[`${actor} create`] = await outcome(
        payload.create({
          collection: 'users',
          ...as,
          data: { email: `matrix-new-${actor}-${Date.now()}@example.com`, password: 'a-long-test-password', roles: ['editor'] },
        }),
      )
      actual[`${actor} read other`] = await outcome(payload.findByID({ collection: 'users', id: other.id, ...as }))
      actual[`${actor} update other`] = await outcome(
        payload.update({ collection: 'users', id: other.id, ...as, data: { name: actor } }),
      )
    }
    expect(actual).toEqual(
      Object.fromEntries(
        actors.flatMap((actor) => ['create', 'read other', 'update other'].map((action) => [`${actor} ${action}`, actor === 'admin'])),
      ),
    )
  })

  it('globals: everyone reads; translators save English drafts only; anonymous change nothing', async () => {
    const actual: Record<string, boolean> = {}
    for (const actor of actors) {
      for (const locale of ['zh', 'en'] as const) {
        actual[`${actor} ${locale}`] = await payload
          .updateGlobal({ slug: 'site-settings', locale, overrideAccess: false, user: users[actor], context, data: { siteName: `${actor} ${locale}` } })
          .then(() => true, () => false)
      }
    }
    expect(actual).toEqual({
      'anonymous zh': false,
      'anonymous en': false,
      'translator zh': false,
      'translator en': false,
      'editor zh': true,
      'editor en': true,
      'admin zh': true,
      'admin en': true,
    })
  })
})

describe('globals have drafts: a translator\'s English waits for an editor', () => {
  it('a translator\'s English draft is not live until an editor publishes it', async () => {
    const payload = await getTestPayload()
    const translator = (await testUser('translator')).user
    const editor = (await testUser('editor')).user
    const live = (await payload.findGlobal({ slug: 'site-settings', locale: 'en', overrideAccess: false })).siteName
    const proposed = `Proposed by a translator ${Date.now()}`
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      overrideAccess: false,
      user: translator,
      draft: true,
      context,
      data: { siteName: proposed },
    })
    expect((await payload.findGlobal({ slug: 'site-settings', locale: 'en', overrideAccess: false })).siteName).toBe(live)
    expect((await payload.findGlobal({ slug: 'site-settings', locale: 'en', draft: true })).siteName).toBe(proposed)
    // Neither publishing nor a save without the draft flag, nor restoring a version, is the translator's.
    for (const attempt of [
      () => payload.updateGlobal({ slug: 'site-settings', locale: 'en', overrideAccess: false, user: translator, context, data: { siteName: proposed, _status: 'published' } }),
      () => payload.updateGlobal({ slug: 'site-settings', locale: 'en', overrideAccess: false, user: translator, context, data: { siteName: proposed, _status: 'draft' } }),
    ]) {
      await expect(attempt()).rejects.toThrow()
    }
    const versions = await payload.findGlobalVersions({ slug: 'site-settings', limit: 1 })
    await expect(
      payload.restoreGlobalVersion({ slug: 'site-settings', id: versions.docs[0]!.id, overrideAccess: false, user: translator }),
    ).rejects.toThrow()
    expect((await payload.findGlobal({ slug: 'site-settings', locale: 'en', overrideAccess: false })).siteName).toBe(live)

    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      overrideAccess: false,
      user: editor,
      context,
      data: { siteName: proposed, _status: 'published' },
    })
    expect((await payload.findGlobal({ slug: 'site-settings', locale: 'en', overrideAccess: false })).siteName).toBe(proposed)
  })
})

describe('translator limits', () => {
  let payload: Payload
  let translator: Awaited<ReturnType<typeof testUser>>['user']

  beforeAll(async () => {
    payload = await getTestPayload()
    translator = (await testUser('translator')).user
  })

  it('an English draft leaves the Chinese text, shared fields and the published version alone', async () => {
    const doc = await payload.create({
      collection: 'projects',
      context,
      locale: 'zh',
      data: {
        name: '原名',
        slug: 'translator-limits',
        status: 'under-construction',
        updates: [{ date: '2021-05-17T00:00:00.000Z', datePrecision: 'day', text: '中文进展' }],
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'projects',
      id: doc.id,
      context,
      locale: 'en',
      data: { name: 'Old name', updates: [{ ...doc.updates![0]!, text: 'Old update' }], _status: 'published' },
    })

    await payload.update({
      collection: 'projects',
      id: doc.id,
      context,
      overrideAccess: false,
      user: translator,
      locale: 'en',
      draft: true,
      // As the admin's form sends it: every field, `deletedAt: null` included.
      data: {
        name: 'New name',
        slug: 'renamed-by-translator',
        status: 'completed',
        updates: [{ ...doc.updates![0]!, text: 'English update' }],
        deletedAt: null,
      },
    })

    const draftEn = await payload.findByID({ collection: 'projects', id: doc.id, locale: 'en', draft: true })
    expect(draftEn).toMatchObject({ name: 'New name', slug: 'translator-limits', status: 'under-construction' })
    expect(draftEn.updates![0]!.text).toBe('English update')
    const draftZh = await payload.findByID({ collection: 'projects', id: doc.id, locale: 'zh', draft: true })
    expect(draftZh.name).toBe('原名')
    expect(draftZh.updates![0]!.text).toBe('中文进展')
    const publishedEn = await payload.findByID({ collection: 'projects', id: doc.id, locale: 'en' })
    expect(publishedEn.name).toBe('Old name')
  })

  it('refuses adding or removing rows, which both locales share', async () => {
    const doc = await payload.find({ collection: 'projects', where: { slug: { equals: 'translator-limits' } }, draft: true })
    const project = doc.docs[0]!
    const error = await payload
      .update({
        collection: 'projects',
        id: project.id,
        context,
        overrideAccess: false,
        user: translator,
        locale: 'en',
        draft: true,
        data: { updates: [] },
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([
      { path: 'updates', message: expect.stringMatching(/cannot add, remove or reorder rows|不能增加、删除或调整行/) },
    ])
    const after = await payload.findByID({ collection: 'projects', id: project.id, draft: true })
    expect(after.updates).toHaveLength(1)
  })

  it('cannot restore an old version or save without the draft flag', async () => {
    const { docs } = await payload.find({ collection: 'projects', where: { slug: { equals: 'translator-limits' } } })
    const project = docs[0]!
    const versions = await payload.findVersions({ collection: 'projects', where: { parent: { equals: project.id } } })
    await expect(
      payload.restoreVersion({ collection: 'projects', id: versions.docs.at(-1)!.id, overrideAccess: false, user: translator }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'projects', id: project.id, overrideAccess: false, user: translator, locale: 'en', data: { name: 'Direct' } }),
    ).rejects.toThrow()
  })
})
