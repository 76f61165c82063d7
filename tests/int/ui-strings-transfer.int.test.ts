import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
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

  describe('large and hostile files', () => {
    const importUrl = 'http://localhost/api/ui-strings/import?format=xliff&locale=en'
    const postImport = REST_POST(config)

    /** A body of `size` spaces handed out 64 KB at a time, counting what has been read of it. */
    function spaces(size: number) {
      let read = 0
      const stream = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (read >= size) return controller.close()
            const chunk = Math.min(64 * 1024, size - read)
            read += chunk
            controller.enqueue(new Uint8Array(chunk).fill(0x20))
          },
        },
        { highWaterMark: 0 },
      )
      return { stream, read: () => read }
    }

    const send = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
      postImport(
        new Request(importUrl, {
          method: 'POST',
          headers: { authorization: `JWT ${translator}`, 'accept-language': 'en', ...headers },
          body,
          duplex: 'half',
        } as RequestInit),
        { params: Promise.resolve({ slug: ['ui-strings', 'import'] }) },
      )

    it('refuses a file over 1 MB with 413, by its length before reading it, or as soon as more has arrived', async () => {
      const declared = spaces(4 * 1024 * 1024)
      const byLength = await send(declared.stream, { 'content-length': String(4 * 1024 * 1024) })
      expect(byLength.status).toBe(413)
      expect(await byLength.json()).toEqual({ error: 'The request is larger than 1 MB.' })
      expect(declared.read()).toBe(0)

      const chunked = spaces(4 * 1024 * 1024)
      const byReading = await send(chunked.stream)
      expect(byReading.status).toBe(413)
      expect(chunked.read()).toBeLessThanOrEqual(1024 * 1024 + 2 * 64 * 1024)

      const chinese = await call('POST', '/ui-strings/import?format=json&locale=en', translator, ' '.repeat(1024 * 1024 + 1), 'zh')
      expect(chinese.status).toBe(413)
      expect(JSON.parse(chinese.text)).toEqual({ error: '请求内容超过 1 MB。' })
    })

    it('refuses a 500 KB malformed XLIFF file at once', async () => {
      const head = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body>'
      const unclosed = head + '<trans-unit id="Home.allNews"><target>x'.repeat(500 * 1024 / 40)
      // Well-formed up to its very last line, so the whole file is read.
      const units = Array.from({ length: 5_500 }, (_, i) => `<trans-unit id="Key.k${i}"><source>新闻 ${i}</source><target>News item ${i}</target></trans-unit>`)
      const truncated = `${head}${units.join('\n')}<trans-unit id="Home.allNews"><target>x</body></file></xliff>`
      for (const [name, body, reason] of [
        ['unclosed elements', unclosed, 'The file nests more than 64 levels deep.'],
        ['a truncated file', truncated, 'The XLIFF file is not well-formed XML: '],
      ] as const) {
        const started = performance.now()
        const response = await call('POST', '/ui-strings/import?format=xliff&locale=en', translator, body)
        const elapsed = performance.now() - started
        console.log(`${(body.length / 1024).toFixed(0)} KB XLIFF with ${name}: ${response.status} in ${elapsed.toFixed(1)} ms`)
        expect(response.status).toBe(400)
        expect(JSON.parse(response.text).error).toContain(reason)
        // Seconds before the parser was replaced; a few milliseconds after, so the bound is loose.
        expect(elapsed).toBeLessThan(1_000)
      }
    })

    it('expands no entity a DOCTYPE declares (billion laughs), and refuses JSON nested too deep', async () => {
      const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)
      const laughs = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY lol0 "lol">${entities.join('')}]><xliff version="1.2"><file><body><trans-unit id="Home.allNews"><source>更多新闻</source><target>&lol9;</target></trans-unit></body></file></xliff>`
      const response = await call('POST', '/ui-strings/import?format=xliff&locale=en', translator, laughs)
      expect(response.status).toBe(400)
      expect(JSON.parse(response.text)).toEqual({ error: expect.stringMatching(/^The XLIFF file is not well-formed XML: .*undefined entity/) })

      const deep = `${'{"a":'.repeat(100_000)}"x"${'}'.repeat(100_000)}`
      const nested = await call('POST', '/ui-strings/import?format=json&locale=en', translator, deep)
      expect(nested.status).toBe(400)
      expect(JSON.parse(nested.text)).toEqual({ error: 'The file nests more than 64 levels deep.' })
    })

    it('reads XLIFF as translation tools write it (translate-toolkit’s po2xliff, inline tags left as elements)', async () => {
      const xliff = `<?xml version='1.0' encoding='UTF-8'?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="messages" source-language="zh-CN" datatype="po" target-language="en">
    <body>
      <trans-unit id="Home.allNews" xml:space="preserve" approved="yes">
        <source>更多新闻</source>
        <target state="translated"><![CDATA[All the news & more]]></target>
        <context-group name="po-reference" purpose="location"><context context-type="sourcefile">messages/zh.json</context></context-group>
        <alt-trans><target>An older suggestion</target></alt-trans>
      </trans-unit>
      <trans-unit id="Policy.replacedBy"><source>x</source><target>Superseded by <link>{title}</link>.</target></trans-unit>
    </body>
  </file>
</xliff>
`
      const response = await call('POST', '/ui-strings/import?format=xliff&locale=en', translator, `\uFEFF${xliff}`)
      expect(response.status, response.text).toBe(200)
      const plan = JSON.parse(response.text) as Plan
      // Only the unit's own target counts; the rich-text tags written as elements read as the text
      // imported earlier (so it is unchanged), as the regular expressions read them before.
      expect(plan.changes.map(({ key, to }) => [key, to])).toEqual([['Home.allNews', 'All the news & more']])
      expect(plan).toMatchObject({ refused: [], unchanged: 1 })
    })
  })
})

