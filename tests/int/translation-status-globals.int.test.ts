import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { globalsNeedingEnglish } from '@/components/admin/translationBacklog'

import { rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

const stamp = Date.now().toString(36)

/** English status of the globals: the collections' hook, saved through the REST API by role. */
describe('English translation status of globals', () => {
  let payload: Payload
  let translatorToken: string
  let editorToken: string

  beforeAll(async () => {
    payload = await getTestPayload()
    translatorToken = (await testUser('translator')).token
    editorToken = (await testUser('editor')).token
  })

  const settings = async () => payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })
  const save = async (token: string, locale: 'zh' | 'en', body: Record<string, unknown>) => {
    const response = await rest('POST', `/globals/site-settings?locale=${locale}`, { token, body })
    expect(response.status, response.text).toBe(200)
  }
  /** A translator saves English as a draft (the admin's form does the same); an editor publishes it. */
  const translate = async (global: 'site-settings' | 'navigation', body: Record<string, unknown>) => {
    const draft = await rest('POST', `/globals/${global}?locale=en&draft=true`, { token: translatorToken, body })
    expect(draft.status, draft.text).toBe(200)
    const published = await rest('POST', `/globals/${global}?locale=en`, { token: editorToken, body: { _status: 'published' } })
    expect(published.status, published.text).toBe(200)
  }

  it('goes up to date → outdated (Chinese edited) → up to date (English edited), shown on the dashboard meanwhile', async () => {
    // The starting point does not depend on other tests: Chinese and English both written now.
    await save(editorToken, 'zh', { siteName: `西部（重庆）科学城 ${stamp}` })
    await translate('site-settings', { siteName: `Western (Chongqing) Science City ${stamp}` })
    expect((await settings()).englishStatus).toBe('current')
    expect(await globalsNeedingEnglish(payload)).not.toContainEqual(expect.objectContaining({ slug: 'site-settings' }))

    // A save in Chinese that changes no text (a shared field) changes nothing.
    await save(editorToken, 'zh', { contact: { phone: '023-0000 0000' } })
    expect((await settings()).englishStatus).toBe('current')

    await save(editorToken, 'zh', { footerNote: `页脚说明已修改 ${stamp}` })
    expect((await settings()).englishStatus).toBe('outdated')
    expect(await globalsNeedingEnglish(payload)).toContainEqual({ slug: 'site-settings', status: 'outdated' })

    const revised = await rest('POST', '/globals/site-settings?locale=en&draft=true', {
      token: translatorToken,
      body: { footerNote: `Footer note revised ${stamp}` },
    })
    expect(revised.status, revised.text).toBe(200)
    // The draft is current; the published settings stay outdated until an editor publishes it.
    expect((await payload.findGlobal({ slug: 'site-settings', locale: 'en', draft: true })).englishStatus).toBe('current')
    expect((await settings()).englishStatus).toBe('outdated')
    await translate('site-settings', {})
    const fixed = await settings()
    expect(fixed).toMatchObject({ englishStatus: 'current', footerNote: `Footer note revised ${stamp}` })
    expect(await globalsNeedingEnglish(payload)).not.toContainEqual(expect.objectContaining({ slug: 'site-settings' }))
  })

  it('follows the labels inside menu rows (navigation)', async () => {
    const rows = [{ label: `首页 ${stamp}`, href: '/' }]
    const created = await rest('POST', '/globals/navigation?locale=zh', { token: editorToken, body: { header: rows } })
    expect(created.status, created.text).toBe(200)
    const { header } = await payload.findGlobal({ slug: 'navigation', locale: 'zh', depth: 0 })
    await translate('navigation', { header: [{ id: header![0]!.id, label: `Home ${stamp}`, href: '/' }] })
    expect((await payload.findGlobal({ slug: 'navigation', depth: 0 })).englishStatus).toBe('current')

    const chinese = await rest('POST', '/globals/navigation?locale=zh', {
      token: editorToken,
      body: { header: [{ id: header![0]!.id, label: `网站首页 ${stamp}`, href: '/' }] },
    })
    expect(chinese.status, chinese.text).toBe(200)
    expect((await payload.findGlobal({ slug: 'navigation', depth: 0 })).englishStatus).toBe('outdated')
  })

  it('cannot be set through the API', async () => {
    await save(editorToken, 'zh', { englishStatus: 'missing', translationFingerprints: { zh: 'x', en: '', zhAtEnglishEdit: 'x' } })
    expect((await payload.findGlobal({ slug: 'site-settings', depth: 0 })).englishStatus).toBe('current')
    const navigation = await rest('POST', '/globals/navigation?locale=zh', { token: editorToken, body: { englishStatus: 'current' } })
    expect(navigation.status, navigation.text).toBe(200)
    expect((await payload.findGlobal({ slug: 'navigation', depth: 0 })).englishStatus).toBe('outdated')
  })
})
