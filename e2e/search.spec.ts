import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import en from '../messages/en.json' with { type: 'json' }
import zh from '../messages/zh.json' with { type: 'json' }
import { seedPolicies } from '../src/seed/content'

const messages = { zh, en } as const
const talentPolicy = seedPolicies.find((item) => item.slug === 'golden-phoenix-talent-policy')!

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([])
}

const searches = [
  { locale: 'zh', query: '科学城', marked: /^科学城$/ },
  { locale: 'en', query: 'science city', marked: /^(science|city)$/i },
] as const

for (const javaScriptEnabled of [true, false]) {
  test.describe(`search ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled })

    for (const { locale, query, marked } of searches) {
      test(`${locale}: the form finds, highlights and pages through results`, async ({ page }) => {
        const t = messages[locale].Search
        await page.goto(`/${locale}/search`)
        await page.getByLabel(t.label).fill(query)
        await page.getByRole('button', { name: t.submit }).click()
        await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`))
        const results = page.locator('.search-results > li')
        await expect(results).toHaveCount(10)
        // Every result shows the words it matched, marked.
        for (const result of await results.all()) {
          const marks = await result.locator('mark').allTextContents()
          expect(marks.length).toBeGreaterThan(0)
          for (const text of marks) expect(text).toMatch(marked)
        }
        if (javaScriptEnabled) await expectNoAxeViolations(page)

        const firstPage = await page.locator('.search-results h2').allTextContents()
        await page
          .getByRole('navigation', { name: messages[locale].Pagination.label })
          .getByRole('link', { name: messages[locale].Pagination.next })
          .click()
        await expect(page).toHaveURL(/[?&]page=2$/)
        const secondPage = await page.locator('.search-results h2').allTextContents()
        expect(secondPage.length).toBeGreaterThan(0)
        expect(secondPage.some((title) => firstPage.includes(title))).toBe(false)
      })
    }

    test('the type filter keeps the query and narrows the results', async ({ page }) => {
      await page.goto(`/zh/search?q=${encodeURIComponent('科学城')}`)
      await page.getByLabel(zh.Search.type).selectOption('policies')
      await page.getByRole('button', { name: zh.Search.submit }).click()
      await expect(page).toHaveURL(/type=policies/)
      const eyebrows = await page.locator('.search-results .eyebrow').allTextContents()
      expect(eyebrows.length).toBeGreaterThan(0)
      for (const eyebrow of eyebrows) expect(eyebrow.startsWith(zh.Search.types.policies)).toBe(true)
      await expect(page.getByLabel(zh.Search.label)).toHaveValue('科学城')
    })

    test('nothing found: says so and suggests similar titles', async ({ page }) => {
      await page.goto('/en/search?q=Golden+Pheonix')
      await expect(page.getByRole('status')).toHaveText(/No results/)
      await expect(page.getByText(en.Search.none)).toBeVisible()
      await expect(page.getByRole('heading', { name: en.Search.suggestions })).toBeVisible()
      await expect(page.getByRole('link', { name: talentPolicy.title.en })).toHaveAttribute(
        'href',
        `/en/policies/${talentPolicy.slug}`,
      )
      if (javaScriptEnabled) await expectNoAxeViolations(page)
    })
  })
}

test('markup in a query is shown as text, never run', async ({ page }) => {
  let dialog = false
  page.on('dialog', async (opened) => {
    dialog = true
    await opened.dismiss()
  })
  await page.goto(`/zh/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>科学城')}`)
  await expect(page.getByLabel(zh.Search.label)).toHaveValue('<img src=x onerror=alert(1)>科学城')
  expect(dialog).toBe(false)
  await expect(page.locator('main img[src="x"]')).toHaveCount(0)
})

test('a repeated search is served from the page cache, whatever the parameter order and spacing', async ({ request }) => {
  const first = await request.get(`/zh/search?q=${encodeURIComponent('人才政策')}&type=policies`)
  expect(first.status()).toBe(200)
  const again = await request.get(`/zh/search?utm_source=x&type=policies&q=${encodeURIComponent('  人才政策 ')}`)
  expect(again.status()).toBe(200)
  expect(again.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
})

test('a query too long to name a cache file is rendered per request, with the same results', async ({ request }) => {
  const query = '西部（重庆）科学城西部（重庆）科学城西部（重庆）科学城'
  const response = await request.get(`/zh/search?q=${encodeURIComponent(query)}`)
  expect(response.status()).toBe(200)
  expect(response.headers()['x-nextjs-cache']).toBeUndefined()
  expect(await response.text()).toContain(zh.Search.none)
})

test('hostile and malformed searches get a page or a clean 404, never a 500', async ({ request }) => {
  const ok = ['%', '_', '\\', '"', "'", '😀', '%_\\%', 'a'.repeat(10_000), '科'.repeat(1_500), '\u0000\u0001']
  for (const q of ok) {
    const response = await request.get(`/zh/search?q=${encodeURIComponent(q)}`)
    expect(response.status(), q.slice(0, 20)).toBe(200)
  }
  // 10,000 Chinese characters make a 90 kB URL: Node's HTTP server refuses it (431) before the app.
  expect([200, 431]).toContain((await request.get(`/zh/search?q=${encodeURIComponent('科'.repeat(10_000))}`)).status())
  for (const query of ['q=%E7%A7%91&page=abc', 'q=x&type=bogus&year=abcd', 'page=3', 'q=&type=news']) {
    expect((await request.get(`/en/search?${query}`)).status(), query).toBe(200)
  }
  expect((await request.get(`/zh/search?q=${encodeURIComponent('科学城')}&page=999`)).status()).toBe(404)
  // The cached path answers only to the proxy's canonical form.
  expect((await request.get('/zh/search/q/q%3D%25E7%25A7%2591')).status()).toBe(404)
})
