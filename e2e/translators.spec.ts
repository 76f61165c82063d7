import { expect, test, type Page } from '@playwright/test'

import { ensureStaff, logIn } from './staff'

const stamp = Date.now().toString(36)

/** What a browser adds to its own API calls (Payload accepts the session cookie only from the site). */
const fromSite = () => ({ headers: { origin: test.info().project.use.baseURL! } })

const field = (page: Page, name: string) => page.locator(`#field-${name}`)

async function idOf(page: Page, collection: string, where: string): Promise<number> {
  const found = await page.request.get(`/api/${collection}?${where}&depth=0&limit=1`, fromSite())
  expect(found.status()).toBe(200)
  return ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
}

test.describe("translators' workspace", () => {
  test('a translator fixes an outdated UI string; the public page shows it on the next request', async ({ browser, page }) => {
    const editor = await ensureStaff('editor')
    const translator = await ensureStaff('translator')
    const english = `All the news ${stamp}`

    // Warm the cached page first, so what follows proves revalidation, not a first render.
    await page.goto('/en')
    await expect(page.getByRole('link', { name: 'More news' })).toBeVisible()

    // An editor changes the Chinese: the English becomes outdated.
    const editorContext = await browser.newContext()
    const editorPage = await editorContext.newPage()
    await logIn(editorPage, editor)
    const id = await idOf(editorPage, 'ui-strings', 'where[key][equals]=Home.allNews')
    const changed = await editorPage.request.patch(`/api/ui-strings/${id}`, { ...fromSite(), data: { zh: '全部新闻动态' } })
    expect(changed.status()).toBe(200)
    await editorContext.close()

    await logIn(page, translator)
    await page.goto('/admin/collections/ui-strings?where[enStatus][equals]=outdated')
    await page.getByRole('link', { name: 'Home.allNews' }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/ui-strings/${id}`))
    await expect(field(page, 'zhText')).toHaveValue('全部新闻动态')
    // The Chinese override is not the translator's to change.
    await expect(field(page, 'zh')).not.toBeEditable()

    // A broken message is refused with the reason, and nothing changes.
    await field(page, 'en').fill('All the news {count')
    await page.getByRole('button', { name: 'Save' }).click()
    // Payload names the refused field in a toast (the reason, tested in tests/int, is in its tooltip).
    await expect(page.getByText('The following field is invalid: English override').first()).toBeVisible()
    await page.reload()
    await expect(field(page, 'enText')).toHaveValue('More news')

    await field(page, 'en').fill(english)
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText(/Updated successfully/i).first()).toBeVisible()
    await expect(page.locator('#field-enStatus')).toContainText('Up to date')

    await page.goto('/en')
    await expect(page.getByRole('link', { name: english })).toBeVisible()
    await page.goto('/zh')
    await expect(page.getByRole('link', { name: '全部新闻动态' })).toBeVisible()
  })

  test('a translator updates an outdated news translation as a draft; an editor publishes it (the review step)', async ({
    browser,
    page,
  }) => {
    const editor = await ensureStaff('editor')
    const translator = await ensureStaff('translator')
    const slug = 'first-joint-meeting-of-two-hi-tech-zones'
    const englishTitle = `Two hi-tech zones meet for the first time ${stamp}`

    await page.goto(`/en/news/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(englishTitle)

    // The editor revises the Chinese: the English is now outdated.
    const editorContext = await browser.newContext()
    const editorPage = await editorContext.newPage()
    await logIn(editorPage, editor)
    const id = await idOf(editorPage, 'news', `where[slug][equals]=${slug}`)
    const revised = await editorPage.request.patch(`/api/news/${id}?locale=zh`, {
      ...fromSite(),
      data: { title: `两个高新区首次联席会议（修订）${stamp}`, _status: 'published' },
    })
    expect(revised.status()).toBe(200)
    expect(((await revised.json()) as { doc: { englishStatus: string } }).doc.englishStatus).toBe('outdated')

    await logIn(page, translator)
    // The dashboard lists what needs English, newest first, with links to it.
    await page.goto('/admin')
    const dashboard = page.locator('.translation-dashboard')
    await expect(dashboard).toContainText('Translation: what needs English')
    await expect(dashboard.getByRole('link', { name: `两个高新区首次联席会议（修订）${stamp}` })).toBeVisible()
    await page.goto('/admin/collections/news?where[englishStatus][equals]=outdated')
    await expect(page.locator('.table')).toContainText('Outdated')
    await page.goto(`/admin/collections/news/${id}?locale=en`)
    await expect(page.locator('#field-englishStatus')).toContainText('Outdated')
    // The glossary terms of the Chinese, with the house English, beside the form.
    await expect(page.locator('.glossary-panel')).toContainText('联席会议 → joint meeting')
    await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
    await field(page, 'title').fill(englishTitle)
    // Autosave keeps the translator's work as a draft; the status follows the draft.
    await expect
      .poll(async () => {
        const draft = await page.request.get(`/api/news/${id}?draft=true&locale=en&depth=0`, fromSite())
        return ((await draft.json()) as { title: string; englishStatus: string }).englishStatus
      })
      .toBe('current')
    expect(await (await page.request.get(`/en/news/${slug}`)).text()).not.toContain(englishTitle)

    // A translator can neither publish nor change the Chinese.
    const forged = await page.request.patch(`/api/news/${id}?locale=en`, { ...fromSite(), data: { _status: 'published' } })
    expect(forged.status()).toBe(403)
    const chinese = await page.request.patch(`/api/news/${id}?locale=zh&draft=true`, { ...fromSite(), data: { title: 'x' } })
    expect(chinese.status()).toBe(403)

    // The review step: an editor reads the draft and publishes it.
    const reviewContext = await browser.newContext()
    const reviewPage = await reviewContext.newPage()
    await logIn(reviewPage, editor)
    const published = await reviewPage.request.patch(`/api/news/${id}?locale=en`, { ...fromSite(), data: { _status: 'published' } })
    expect(published.status()).toBe(200)
    expect(((await published.json()) as { doc: { title: string; englishStatus: string } }).doc).toMatchObject({
      title: englishTitle,
      englishStatus: 'current',
    })
    await reviewContext.close()

    await page.goto(`/en/news/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle)
  })

  test('a translator imports an XLIFF file through the admin form: preview, confirm, and the public page shows it', async ({ page }) => {
    const translator = await ensureStaff('translator')
    const english = `Every project ${stamp}`

    // Warm the cached page first, so what follows proves revalidation, not a first render.
    await page.goto('/en')
    await expect(page.getByRole('link', { name: 'All projects' })).toBeVisible()

    await logIn(page, translator)
    await page.goto('/admin')
    await page.getByRole('link', { name: 'Import a translated file of UI strings (JSON or XLIFF)' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/ui-strings\/import$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Import UI strings' })).toBeVisible()

    // The translator's file: the export, translated in an outside tool (one target changed).
    const exported = await page.request.get('/api/ui-strings/export?format=xliff', fromSite())
    expect(exported.status()).toBe(200)
    const translated = (await exported.text()).replace(/(<trans-unit id="Home.allProjects">[\s\S]*?<target>)[^<]*(<\/target>)/, `$1${english}$2`)
    await page.locator('#ui-string-import-file').setInputFiles({ name: 'ui-strings.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(translated) })
    // Translators import English only: there is no language to choose.
    await expect(page.locator('#ui-string-import-locale')).toHaveCount(0)
    await page.getByRole('button', { name: 'Show what would change' }).click()

    const changes = page.locator('.ui-string-import__changes')
    await expect(page.getByRole('heading', { name: 'Will change: 1 (English)' })).toBeVisible()
    await expect(changes.getByRole('row', { name: /Home\.allProjects/ })).toContainText('All projects')
    await expect(changes.getByRole('row', { name: /Home\.allProjects/ })).toContainText(english)
    await page.screenshot({ path: test.info().outputPath('ui-string-import-preview-en.png'), fullPage: true })
    // The preview changed nothing yet.
    expect(await (await page.request.get('/en')).text()).not.toContain(english)

    await page.getByRole('button', { name: 'Import these changes' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Imported: 1 texts changed.' })).toBeVisible()

    await page.goto('/en')
    await expect(page.getByRole('link', { name: english })).toBeVisible()
  })

  test('an import with an unknown key is refused with the reason, in the admin language', async ({ page }) => {
    const translator = await ensureStaff('translator')
    const xliff = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="en">',
      '  <file id="messages">',
      `    <unit id="Home.allPolicies"><segment><source>全部政策</source><target>Policies, all ${stamp}</target></segment></unit>`,
      '    <unit id="Home.invented"><segment><source>虚构</source><target>Invented</target></segment></unit>',
      '  </file>',
      '</xliff>',
    ].join('\n')
    const file = { name: 'ui-strings.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xliff) }

    await logIn(page, translator)
    await page.goto('/admin/collections/ui-strings/import')
    await page.locator('#ui-string-import-file').setInputFiles(file)
    await page.getByRole('button', { name: 'Show what would change' }).click()
    const refused = page.getByRole('alert').filter({ hasText: 'Refused: 1.' })
    await expect(refused.getByRole('row', { name: /Home\.invented/ })).toContainText('“Home.invented” is not a key of the site’s messages.')
    // Nothing can be imported while a key is refused.
    await expect(page.getByRole('button', { name: 'Import these changes' })).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('ui-string-import-refused-en.png'), fullPage: true })

    // The same in a Chinese admin (Payload keeps the admin language in this cookie).
    const { hostname } = new URL(test.info().project.use.baseURL!)
    await page.context().addCookies([{ name: 'payload-lng', value: 'zh', domain: hostname, path: '/' }])
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: '导入界面文字' })).toBeVisible()
    await page.locator('#ui-string-import-file').setInputFiles(file)
    await page.getByRole('button', { name: '查看将要更改的内容' }).click()
    await expect(page.getByRole('alert').filter({ hasText: '被拒绝：1 条。' })).toContainText('“Home.invented”不是网站界面文字的键。')
    await page.screenshot({ path: test.info().outputPath('ui-string-import-refused-zh.png'), fullPage: true })

    const row = await page.request.get('/api/ui-strings?where[key][equals]=Home.allPolicies&depth=0', fromSite())
    expect(((await row.json()) as { docs: { enText: string }[] }).docs[0]!.enText).toBe('All policies')
  })
})
