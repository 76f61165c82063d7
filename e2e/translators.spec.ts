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
})
