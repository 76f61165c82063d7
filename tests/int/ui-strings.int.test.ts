import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { syncUiStrings } from '@/collections/UiStrings/sync'
import { defaultMessageTexts, mergeMessages, type MessageTexts } from '@/i18n/messages'
import type { UiString } from '@/payload-types'

import { rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

type Tokens = Record<'translator' | 'editor', string>

async function row(payload: Payload, key: string): Promise<UiString> {
  const { docs } = await payload.find({ collection: 'ui-strings', where: { key: { equals: key } }, limit: 1 })
  expect(docs, `no row for ${key}`).toHaveLength(1)
  return docs[0]!
}

// Error messages come in the admin language the request asks for.
const patch = (id: number, token: string, body: Record<string, unknown>) =>
  rest('PATCH', `/ui-strings/${id}`, { token, body, headers: { 'accept-language': 'en' } })

const errorText = (response: { json: () => unknown }) =>
  JSON.stringify((response.json() as { errors?: unknown }).errors ?? response.json())

describe('UI-string overrides', () => {
  let payload: Payload
  const tokens = {} as Tokens

  beforeAll(async () => {
    payload = await getTestPayload()
    await syncUiStrings(payload)
    tokens.translator = (await testUser('translator')).token
    tokens.editor = (await testUser('editor')).token
  })

  it('has one row per message key, with both defaults side by side and the English up to date', async () => {
    const { totalDocs } = await payload.count({ collection: 'ui-strings' })
    expect(totalDocs).toBe(defaultMessageTexts.zh.size)
    const skip = await row(payload, 'Site.skipToContent')
    expect(skip).toMatchObject({
      zhText: defaultMessageTexts.zh.get('Site.skipToContent'),
      enText: defaultMessageTexts.en.get('Site.skipToContent'),
      enStatus: 'current',
      overridden: false,
    })
    // A second run finds nothing to change.
    expect(await syncUiStrings(payload)).toBe(0)
  })

  it('refuses English that is not valid ICU, saying why, and keeps the old value', async () => {
    const footer = await row(payload, 'Footer.phone')
    const response = await patch(footer.id, tokens.translator, { en: 'Phone: {phone' })
    expect(response.status).toBe(400)
    expect(errorText(response)).toContain('Not a valid ICU message (EXPECT_ARGUMENT_CLOSING_BRACE @ 8)')
    expect((await row(payload, 'Footer.phone')).en ?? null).toBeNull()
  })

  it('refuses English whose placeholders differ from the Chinese, naming them', async () => {
    const footer = await row(payload, 'Footer.phone')
    const renamed = await patch(footer.id, tokens.translator, { en: 'Telephone: {telephone}' })
    expect(renamed.status).toBe(400)
    expect(errorText(renamed)).toContain('Missing: phone')
    expect(errorText(renamed)).toContain('Not in the Chinese: telephone')

    const replaced = await row(payload, 'Policy.replacedBy')
    const withoutTag = await patch(replaced.id, tokens.translator, { en: 'Replaced by {title}.' })
    expect(withoutTag.status).toBe(400)
    expect(errorText(withoutTag)).toContain('<link>')
    expect((await row(payload, 'Policy.replacedBy')).enText).toBe(replaced.enText)

    // The exception i18n:check allows (no English measure word) holds here too.
    const indicator = await row(payload, 'Indicator.value')
    const withoutMeasure = await patch(indicator.id, tokens.translator, {
      en: '{qualifier, select, over {more than } other {}}{unit, select, percent {{value} %} other {{value}}}',
    })
    expect(withoutMeasure.status, withoutMeasure.text).toBe(200)
    await patch(indicator.id, tokens.translator, { en: '' })
  })

  it('lets a translator override and reset the English, but not the Chinese or a version restore', async () => {
    const skip = await row(payload, 'Site.skipToContent')
    const saved = await patch(skip.id, tokens.translator, { en: 'Jump to the content', zh: '跳过' })
    expect(saved.status, saved.text).toBe(200)
    let after = await row(payload, 'Site.skipToContent')
    expect(after).toMatchObject({ en: 'Jump to the content', enText: 'Jump to the content', zhText: '跳到正文', overridden: true })
    expect(after.zh ?? null).toBeNull()

    const merged = mergeMessages('en', [after]) as { Site: { skipToContent: string } }
    expect(merged.Site.skipToContent).toBe('Jump to the content')

    const { docs: versions } = await payload.findVersions({ collection: 'ui-strings', where: { parent: { equals: skip.id } } })
    expect(versions.length).toBeGreaterThan(0)
    const restore = await rest('POST', `/ui-strings/versions/${versions.at(-1)!.id}`, { token: tokens.translator })
    expect(restore.status).toBe(403)

    const reset = await patch(skip.id, tokens.translator, { en: '' })
    expect(reset.status, reset.text).toBe(200)
    after = await row(payload, 'Site.skipToContent')
    expect(after).toMatchObject({ enText: defaultMessageTexts.en.get('Site.skipToContent'), overridden: false, enStatus: 'current' })
  })

  it('marks the English outdated when the Chinese changes, and up to date once the English is edited', async () => {
    const home = await row(payload, 'Home.allNews')
    const zhChange = await patch(home.id, tokens.editor, { zh: '全部新闻' })
    expect(zhChange.status, zhChange.text).toBe(200)
    expect((await row(payload, 'Home.allNews')).enStatus).toBe('outdated')

    const outdated = await payload.find({ collection: 'ui-strings', where: { enStatus: { equals: 'outdated' } } })
    expect(outdated.docs.map((doc) => doc.key)).toEqual(['Home.allNews'])

    const enChange = await patch(home.id, tokens.translator, { en: 'All news' })
    expect(enChange.status, enChange.text).toBe(200)
    expect((await row(payload, 'Home.allNews')).enStatus).toBe('current')

    // Nobody can set the derived fields through the API.
    const forged = await patch(home.id, tokens.editor, { enStatus: 'outdated', overridden: false, enText: 'x' })
    expect(forged.status).toBe(200)
    expect(await row(payload, 'Home.allNews')).toMatchObject({ enStatus: 'current', overridden: true, enText: 'All news' })
  })

  it('follows changed message files: new keys, changed Chinese defaults, removed keys', async () => {
    const defaults: MessageTexts = { zh: new Map(defaultMessageTexts.zh), en: new Map(defaultMessageTexts.en) }
    defaults.zh.set('Site.newKey', '新的文字')
    defaults.zh.set('Home.keyFigures', '核心数据')
    defaults.zh.delete('Home.milestones')
    defaults.en.delete('Home.milestones')
    expect(await syncUiStrings(payload, defaults)).toBe(3)
    expect(await row(payload, 'Site.newKey')).toMatchObject({ enStatus: 'missing', enText: '' })
    expect(await row(payload, 'Home.keyFigures')).toMatchObject({ enStatus: 'outdated', zhText: '核心数据' })
    expect((await payload.count({ collection: 'ui-strings', where: { key: { equals: 'Home.milestones' } } })).totalDocs).toBe(0)
    // A missing English falls back to the Chinese on the site.
    const merged = mergeMessages('en', [], defaults) as { Site: { newKey: string } }
    expect(merged.Site.newKey).toBe('新的文字')

    // Back to the real files: the overrides made above survive.
    await syncUiStrings(payload)
    expect(await row(payload, 'Home.keyFigures')).toMatchObject({ enStatus: 'current' })
    expect(await row(payload, 'Home.allNews')).toMatchObject({ en: 'All news' })
  })

  it('never lets an override reach keys outside the defaults', () => {
    const merged = mergeMessages('en', [
      { key: '__proto__.polluted', en: 'x' },
      { key: 'Site.unknown', en: 'y' },
    ]) as Record<string, Record<string, string>>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(merged.Site!.unknown).toBeUndefined()
  })
})
