import { expect, test, type Page } from '@playwright/test'

import { ensureStaff, logIn } from './staff'

const stamp = Date.now().toString(36)

/**
 * What a browser adds to its own API calls: Payload accepts the login cookie only on requests
 * that come from the site (CSRF protection), and Playwright's request API sends no Origin.
 */
const fromSite = () => ({ headers: { origin: test.info().project.use.baseURL! } })

/** The title field's text box (Payload gives every field an id of `field-<name>`). */
const field = (page: Page, name: string) => page.locator(`#field-${name}`)

test.describe('editorial workflow', () => {
  test('an editor publishes a news item; both locales show it, and later edits, on the next request', async ({ page }) => {
    const editor = await ensureStaff('editor')
    const slug = `e2e-published-${stamp}`
    const zhTitle = `端到端发布测试 ${stamp}`
    const enTitle = `End-to-end publishing test ${stamp}`

    // Warm the cached pages first, so what follows proves revalidation, not a first render.
    await page.goto('/en')
    await expect(page.getByText(enTitle)).toHaveCount(0)
    await page.goto('/zh')
    await expect(page.getByText(zhTitle)).toHaveCount(0)

    await logIn(page, editor)
    await page.goto('/admin/collections/news/create?locale=zh')
    await field(page, 'title').fill(zhTitle)
    await field(page, 'slug').fill(slug)
    await page.getByRole('button', { name: /^Publish/ }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/, { timeout: 30_000 })
    const editUrl = page.url().split('?')[0]!

    await page.goto(`${editUrl}?locale=en`)
    await field(page, 'title').fill(enTitle)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/published successfully|成功发布|Updated successfully/i).first()).toBeVisible()

    await page.goto(`/zh/news/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhTitle)
    await page.goto(`/en/news/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(enTitle)
    await page.goto('/en')
    await expect(page.getByRole('heading', { name: enTitle })).toBeVisible()
    await page.goto('/zh')
    await expect(page.getByRole('heading', { name: zhTitle })).toBeVisible()

    // An edit to a published item shows on its (now cached) page at once.
    await page.goto(`${editUrl}?locale=zh`)
    await field(page, 'title').fill(`${zhTitle}（修订）`)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/published successfully|Updated successfully/i).first()).toBeVisible()
    await page.goto(`/zh/news/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${zhTitle}（修订）`)
  })

  test('a publish shows on the next request on every page that shows the document, also where the server repeats a cached page', async ({ page, request }) => {
    await logIn(page, await ensureStaff('editor'))
    const slug = 'cec-chongqing-software-park-construction-begins'
    const found = await page.request.get(`/api/news?where[slug][equals]=${slug}&depth=0&locale=en`, fromSite())
    const { id, title } = ((await found.json()) as { docs: { id: number; title: string }[] }).docs[0]!
    // The second answer comes from Next's cache and the server keeps a copy of the pages; the
    // browser tests keep copies for ten minutes (playwright.config.ts), so only clearing them on
    // publish can explain a fresh page below. The feed and the search page are cached as well;
    // the sitemap file is built on request from cached reads.
    const pages = [`/en/news/${slug}`, '/en/news', '/en', '/en/news/feed.xml', '/en/search?q=software+park']
    const sitemapFile = '/sitemaps/news-0.xml'
    await request.get(sitemapFile)
    for (const path of pages) {
      await request.get(path)
      expect((await request.get(path)).headers()['x-nextjs-cache'], path).toBe('HIT')
    }
    const publish = (newTitle: string) =>
      page.request.patch(`/api/news/${id}?locale=en`, { ...fromSite(), data: { title: newTitle, _status: 'published' } })
    try {
      const saved = await publish(`${title} ${stamp}`)
      expect(saved.status()).toBe(200)
      const { updatedAt } = ((await saved.json()) as { doc: { updatedAt: string } }).doc
      for (const path of pages) expect(await (await request.get(path)).text(), path).toContain(stamp)
      expect(await (await request.get(sitemapFile)).text()).toMatch(new RegExp(`/en/news/${slug}</loc>\n(?:<xhtml:link [^\n]+\n)+<lastmod>${updatedAt}</lastmod>`))
    } finally {
      await publish(title)
    }
  })

  test('a translator changes English text as a draft and cannot publish or change Chinese', async ({ page, request }) => {
    const translator = await ensureStaff('translator')
    const slug = 'science-city-officially-designated'
    const publicPage = await request.get(`/en/news/${slug}`)
    expect(publicPage.status()).toBe(200)

    await logIn(page, translator)
    const found = await page.request.get(`/api/news?where[slug][equals]=${slug}&depth=0`)
    const { id } = ((await found.json()) as { docs: { id: number }[] }).docs[0]!

    await page.goto(`/admin/collections/news/${id}?locale=en`)
    await expect(field(page, 'title')).toBeEditable()
    await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
    const summary = `Translator's draft summary ${stamp}`
    await field(page, 'summary').fill(summary)
    // Autosave keeps the translator's work as a draft version.
    await expect
      .poll(async () => {
        const draft = await page.request.get(`/api/news/${id}?draft=true&locale=en&depth=0`, fromSite())
        return ((await draft.json()) as { summary: string }).summary
      })
      .toBe(summary)

    // The public page still shows the published English until an editor publishes the draft.
    const afterDraft = await (await request.get(`/en/news/${slug}`)).text()
    expect(afterDraft).not.toContain(summary)

    // Chinese is read-only for a translator, and a forged publish is refused.
    await page.goto(`/admin/collections/news/${id}?locale=zh`)
    await expect(field(page, 'title')).not.toBeEditable()
    // The same session may save an English draft through the API (so the refusals below are the rules'):
    const allowed = await page.request.patch(`/api/news/${id}?locale=en&draft=true`, { ...fromSite(), data: { summary } })
    expect(allowed.status()).toBe(200)
    const forged = await page.request.patch(`/api/news/${id}?locale=en`, { ...fromSite(), data: { _status: 'published', summary } })
    expect(forged.status()).toBe(403)
    const forgedChinese = await page.request.patch(`/api/news/${id}?locale=zh&draft=true`, { ...fromSite(), data: { title: 'x' } })
    expect(forgedChinese.status()).toBe(403)
  })

  test('preview shows an editor the draft, and nobody without a session', async ({ page, request, browser }) => {
    const editor = await ensureStaff('editor')
    const slug = `e2e-draft-${stamp}`
    const title = `未发布草稿 ${stamp}`

    const anonymous = await request.get(`/preview?collection=news&slug=${slug}&locale=zh`, { maxRedirects: 0 })
    expect(anonymous.status()).toBe(401)

    await logIn(page, editor)
    const created = await page.request.post('/api/news?draft=true&locale=zh', {
      ...fromSite(),
      data: { title, slug, publishedAt: new Date().toISOString(), _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    expect((await request.get(`/zh/news/${slug}`)).status()).toBe(404)

    await page.goto(`/preview?collection=news&slug=${slug}&locale=zh`)
    await expect(page).toHaveURL(new RegExp(`/zh/news/${slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByRole('status')).toContainText(editor.email)

    // The draft-mode cookie alone, without the editor's session, shows nothing unpublished.
    const bypass = (await page.context().cookies()).find((cookie) => cookie.name === '__prerender_bypass')
    expect(bypass).toBeDefined()
    const stranger = await browser.newContext()
    await stranger.addCookies([bypass!])
    const strangerPage = await stranger.newPage()
    const response = await strangerPage.goto(`/zh/news/${slug}`)
    expect(response?.status()).toBe(404)
    await stranger.close()

    await page.getByRole('button', { name: /退出预览|Leave preview/ }).click()
    await expect(page.getByRole('status')).toHaveCount(0)
  })
})

test('a scheduled publish happens on time, run by the app itself', async ({ page }) => {
  test.setTimeout(240_000)
  const editor = await ensureStaff('editor')
  const slug = `e2e-scheduled-${stamp}`
  const title = `定时发布 ${stamp}`
  await logIn(page, editor)
  await page.goto('/admin/collections/news/create?locale=zh')
  await field(page, 'title').fill(title)
  await field(page, 'slug').fill(slug)
  await expect(page.getByText(/Last saved/)).toBeVisible({ timeout: 30_000 })
  expect((await page.request.get(`/zh/news/${slug}`)).status()).toBe(404)

  // The drawer takes minutes in Chongqing time (the admin's default zone): the next minute but one.
  const when = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000)
  const typed = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })
    .format(when)
    .replace(' at ', ' ')
  await page.getByRole('button', { name: /^Publish/ }).first().locator('..').getByRole('button').nth(1).click()
  await page.locator('#schedule-publish').click()
  await page.locator('.schedule-publish__type').getByText('Publish', { exact: true }).click()
  const input = page.locator('.schedule-publish__scheduler .react-datepicker__input-container input')
  await input.fill(typed)
  // Close the calendar pop-up without closing the drawer (Escape would close both).
  await page.locator('.schedule-publish__drawer-header h2').click()
  await page.locator('#scheduled-publish-save').click()
  await expect(page.locator('.schedule-publish__upcoming table')).toContainText('Publish')
  await expect(page.locator('.schedule-publish__upcoming table')).not.toContainText('Unpublish')

  // Published within the runner's 10-second beat of the scheduled minute, with no one visiting.
  await expect
    .poll(async () => (await page.request.get(`/zh/news/${slug}`)).status(), { timeout: 150_000, intervals: [5_000] })
    .toBe(200)
  expect(Date.now()).toBeGreaterThanOrEqual(when.getTime())
  expect(Date.now()).toBeLessThan(when.getTime() + 30_000)
})
