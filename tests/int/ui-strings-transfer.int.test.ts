import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { syncUiStrings } from '@/collections/UiStrings/sync'
import { defaultMessageTexts } from '@/i18n/messages'

import { rest, testUser } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

/** A translation tool's file sent as the request body, with errors in the admin language (English unless told). */
async function call(method: 'GET' | 'POST', path: string, token: string, rawBody?: string, language: 'en' | 'zh' = 'en') {
  const response = await rest(method, path, { token, rawBody, headers: { 'accept-language': language } })
  return { status: response.status, text: response.text, type: response.headers.get('content-type') }
}

type Plan = { applied: boolean; changes: { key: string; from: string; to: string }[]; refused: { key: string; reason: string }[] }

describe('UI strings: export and import', () => {
  let payload: Payload
  let translator: string
  let editor: string

  beforeAll(async () => {
    payload = await getTestPayload()
    await syncUiStrings(payload)
    translator = (await testUser('translator')).token
    editor = (await testUser('editor')).token
  })

  const enText = async (key: string) =>
    (await payload.find({ collection: 'ui-strings', where: { key: { equals: key } }, limit: 1 })).docs[0]!.enText

  it('exports the texts in use as next-intl JSON and as XLIFF 1.2', async () => {
    const json = await call('GET', '/ui-strings/export?format=json&locale=en', translator)
    expect(json.status).toBe(200)
    expect(json.type).toContain('application/json')
    const tree = JSON.parse(json.text) as { Site: { skipToContent: string } }
    expect(tree.Site.skipToContent).toBe(await enText('Site.skipToContent'))

    const xliff = await call('GET', '/ui-strings/export?format=xliff', translator)
    expect(xliff.status).toBe(200)
    expect(xliff.text).toContain('<xliff version="1.2"')
    expect(xliff.text).toContain('<trans-unit id="Policy.replacedBy">')
    // Rich-text tags are escaped, so a CAT tool keeps them as text.
    expect(xliff.text).toContain('&lt;link&gt;{title}&lt;/link&gt;')
    expect(xliff.text.match(/<trans-unit /g)).toHaveLength(defaultMessageTexts.zh.size)

    expect((await call('GET', '/ui-strings/export?format=json', '')).status).toBe(401)
    expect((await call('POST', '/ui-strings/import?format=json', '', '{}')).status).toBe(401)
  })

  it('previews an XLIFF import, then applies it, and the export gives back what was imported', async () => {
    const exported = (await call('GET', '/ui-strings/export?format=xliff', translator)).text
    const edited = exported
      .replace(/(<trans-unit id="Home.allNews">[\s\S]*?<target>)[^<]*(<\/target>)/, '$1Every news item$2')
      .replace(/(<trans-unit id="Policy.replacedBy">[\s\S]*?<target>)[^<]*(<\/target>)/, '$1Superseded by &lt;link&gt;{title}&lt;/link&gt;.$2')

    const preview = await call('POST', '/ui-strings/import?format=xliff&locale=en', translator, edited)
    expect(preview.status, preview.text).toBe(200)
    const plan = JSON.parse(preview.text) as Plan
    expect(plan.applied).toBe(false)
    expect(plan.changes.map(({ key, to }) => [key, to])).toEqual([
      ['Home.allNews', 'Every news item'],
      ['Policy.replacedBy', 'Superseded by <link>{title}</link>.'],
    ])
    expect(await enText('Home.allNews')).not.toBe('Every news item')

    const applied = await call('POST', '/ui-strings/import?format=xliff&locale=en&apply=true', translator, edited)
    expect(applied.status, applied.text).toBe(200)
    expect(await enText('Home.allNews')).toBe('Every news item')

    const again = await call('GET', '/ui-strings/export?format=xliff', translator)
    expect(again.text).toBe(edited)
    const json = JSON.parse((await call('GET', '/ui-strings/export?format=json&locale=en', translator)).text)
    expect(json.Policy.replacedBy).toBe('Superseded by <link>{title}</link>.')
  })

  it('reads XLIFF 2.0 and JSON too', async () => {
    const xliff2 = `<?xml version="1.0"?><xliff version="2.0" srcLang="zh-CN" trgLang="en"><file id="f"><unit id="Home.allNews"><segment><source>更多新闻</source><target>News, all of it</target></segment></unit></file></xliff>`
    const plan = JSON.parse((await call('POST', '/ui-strings/import?format=xliff&locale=en', translator, xliff2)).text) as Plan
    expect(plan.changes).toEqual([{ key: 'Home.allNews', from: 'Every news item', to: 'News, all of it' }])
    const fromJson = JSON.parse(
      (await call('POST', '/ui-strings/import?format=json&locale=en', translator, JSON.stringify({ Home: { allNews: 'More news' } }))).text,
    ) as Plan
    expect(fromJson.changes).toEqual([{ key: 'Home.allNews', from: 'Every news item', to: 'More news' }])
  })

  it('refuses the whole import when a key does not exist or a value is wrong, saying which', async () => {
    // Raw JSON: an object literal would turn "__proto__" into a prototype instead of a key.
    const body = '{"Home": {"allNews": "Changed", "invented": "x"}, "Footer": {"phone": "Tel {telephone}"}, "__proto__": {"x": "y"}}'
    const response = await call('POST', '/ui-strings/import?format=json&locale=en&apply=true', translator, body)
    expect(response.status).toBe(400)
    const plan = JSON.parse(response.text) as Plan
    expect(plan.applied).toBe(false)
    expect(plan.refused.map(({ key }) => key).sort()).toEqual(['Footer.phone', 'Home.invented', '__proto__.x'])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    expect(plan.refused.find(({ key }) => key === 'Footer.phone')!.reason).toContain('Missing: phone')
    expect(plan.refused.find(({ key }) => key === 'Home.invented')!.reason).toBe('“Home.invented” is not a key of the site’s messages.')
    expect(await enText('Home.allNews')).toBe('Every news item')

    const broken = await call('POST', '/ui-strings/import?format=json&locale=en', translator, '{"Home": ')
    expect(broken.status).toBe(400)
    expect(broken.text).toContain('not JSON')
    expect((await call('POST', '/ui-strings/import?format=xliff&locale=en', translator, '<html/>')).status).toBe(400)
  })

  it('gives the reasons in the admin language of the one importing', async () => {
    const unknown = JSON.parse((await call('POST', '/ui-strings/import?format=json&locale=en', translator, '{"Home": {"invented": "x"}}', 'zh')).text) as Plan
    expect(unknown.refused).toEqual([{ key: 'Home.invented', reason: '“Home.invented”不是网站界面文字的键。' }])
    const broken = await call('POST', '/ui-strings/import?format=xliff&locale=en', translator, '<html/>', 'zh')
    expect(JSON.parse(broken.text)).toEqual({ error: '文件不是 XLIFF 1.2 或 2.0。' })
    const chinese = await call('POST', '/ui-strings/import?format=json&locale=zh', translator, '{}', 'zh')
    expect(chinese.status).toBe(403)
    expect(JSON.parse(chinese.text)).toEqual({ error: '译员只能导入英文文字。' })
  })

  it('lets translators import English only; editors may import Chinese', async () => {
    const chinese = JSON.stringify({ Home: { allNews: '新闻一览' } })
    expect((await call('POST', '/ui-strings/import?format=json&locale=zh&apply=true', translator, chinese)).status).toBe(403)
    const byEditor = await call('POST', '/ui-strings/import?format=json&locale=zh&apply=true', editor, chinese)
    expect(byEditor.status, byEditor.text).toBe(200)
    const row = (await payload.find({ collection: 'ui-strings', where: { key: { equals: 'Home.allNews' } } })).docs[0]!
    expect(row).toMatchObject({ zh: '新闻一览', enStatus: 'outdated' })
  })
})
