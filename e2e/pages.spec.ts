import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import en from '../messages/en.json' with { type: 'json' }
import zh from '../messages/zh.json' with { type: 'json' }
import { seedNews, seedPolicies, seedProjects } from '../src/seed/content'
import { locales, news, pageTypes, policy, project } from './pageTypes'
import { ensureStaff } from './staff'

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([])
}

test.describe('every page type in both locales', () => {
  for (const type of pageTypes) {
    for (const locale of locales) {
      test(`${type.name} (${locale}): content, metadata, hreflang, accessibility`, async ({ page }) => {
        const response = await page.goto(`/${locale}${type.path}`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en')
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(type.h1(locale))
        await expect(page.locator('h1')).toHaveCount(1)
        if (!type.path.startsWith('/search')) {
          await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}${type.path}$`))
          for (const hreflang of ['zh-CN', 'en', 'x-default']) {
            await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveCount(1)
          }
        }
        await expect(page.locator('meta[property="og:title"]')).toHaveCount(1)
        await expectNoAxeViolations(page)
      })
    }
  }
})

test.describe('lists: filters and pages in the URL, without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the news category filter and pagination work as plain links and forms', async ({ page }) => {
    await page.goto('/zh/news')
    await page.getByLabel(zh.News.category).selectOption('cooperation')
    await page.getByRole('button', { name: zh.Filters.apply }).click()
    await expect(page).toHaveURL(/\/zh\/news\?category=cooperation/)
    const expected = seedNews.filter((item) => item.category === 'cooperation')
    await expect(page.locator('.card')).toHaveCount(expected.length)
    for (const item of expected) await expect(page.getByRole('link', { name: item.title.zh })).toBeVisible()

    await page.goto('/en/news')
    const firstPage = await page.locator('.card h2').allTextContents()
    await page.getByRole('navigation', { name: en.Pagination.label }).getByRole('link', { name: en.Pagination.next }).click()
    await expect(page).toHaveURL(/\/en\/news\?page=2$/)
    const secondPage = await page.locator('.card h2').allTextContents()
    expect(secondPage.length).toBeGreaterThan(0)
    expect(secondPage.some((title) => firstPage.includes(title))).toBe(false)
  })

  test('project status filter, and the switcher keeps the page and its filters', async ({ page }) => {
    await page.goto('/zh/projects?status=under-construction&sort=name')
    const expected = seedProjects.filter((item) => item.status === 'under-construction')
    await expect(page.locator('.card')).toHaveCount(expected.length)
    await page.getByRole('link', { name: new RegExp(zh.LocaleSwitcher.switchTo) }).click()
    await expect(page).toHaveURL(/\/en\/projects\?status=under-construction&sort=name$/)
    await expect(page.locator('.card')).toHaveCount(expected.length)
  })

  test('the policy issuer filter survives a change of language', async ({ page }) => {
    await page.goto('/zh/policies')
    await page.getByLabel(zh.Policy.issuingBody).selectOption({ label: '重庆高新区' })
    await page.getByRole('button', { name: zh.Filters.apply }).click()
    const zhCount = await page.locator('.policy-item').count()
    expect(zhCount).toBe(seedPolicies.filter((item) => item.issuingBody.zh === '重庆高新区').length)
    await page.getByRole('link', { name: new RegExp(zh.LocaleSwitcher.switchTo) }).click()
    await expect(page.locator('.policy-item')).toHaveCount(zhCount)
  })

  test('bad page numbers and unknown filter values give a clean 404, never a 500, and no cache entry of their own', async ({ request }) => {
    const paths = ['/zh/news?page=0', '/zh/news?page=99999', '/en/policies?page=abc', '/en/projects?page=-1']
    paths.push('/zh/projects?status=bogus', '/en/news?year=abc&category=%27%3B--', '/zh/policies?validity=x&type=y', '/zh/projects?sort=x')
    for (const path of paths) {
      expect((await request.get(path)).status(), path).toBe(404)
      const again = await request.get(path)
      expect(again.status(), path).toBe(404)
      expect(again.headers()['x-nextjs-cache'] ?? '', path).not.toMatch(/HIT|STALE/)
    }
    // A filter that drops out of the canonical query (not a plausible value) leaves the plain list.
    expect((await request.get('/en/news?category=%27%3B--')).status()).toBe(200)
  })

  test('a 404 shows its localized page, with the site\'s navigation and search, without JavaScript', async ({ page }) => {
    for (const [path, messages] of [['/en/no-such-page', en], ['/zh/news/no-such-item', zh], ['/en/news?page=99999', en], ['/zh/search?q=%E7%A7%91%E5%AD%A6%E5%9F%8E&page=999', zh]] as const) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(messages.NotFound.title)
      await expect(page.getByRole('navigation', { name: messages.Navigation.label }).first(), path).toBeAttached()
      await expect(page.getByRole('search'), path).toBeVisible()
      await expect(page.locator('meta[name="robots"][content="noindex"]').first(), path).toBeAttached()
      // A list or search page out of range keeps its section's title; an unknown page has none of its own.
      if (!path.includes('?')) expect(await page.title(), path).toContain(messages.NotFound.title)
    }
  })

  test('the mobile menu opens without JavaScript', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    await page.goto('/en')
    const menu = page.locator('.mobile-menu')
    await expect(menu.getByRole('link', { name: 'News' })).toBeHidden()
    await menu.locator('summary').click()
    await expect(menu.getByRole('link', { name: 'News' })).toBeVisible()
  })
})

test('the mobile menu works by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('/zh')
  await page.locator('.mobile-menu summary').focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.mobile-menu').getByRole('link', { name: '新闻动态' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.locator('.mobile-menu a').first()).toBeFocused()
})

test('an untranslated page is marked as Chinese on the English site', async ({ request, playwright, baseURL }) => {
  const editor = await ensureStaff('editor')
  const api = await playwright.request.newContext({ baseURL })
  const login = await api.post('/api/users/login', { data: editor })
  const token = ((await login.json()) as { token: string }).token
  const slug = `e2e-untranslated-${Date.now().toString(36)}`
  const created = await api.post('/api/news?locale=zh', {
    headers: { authorization: `JWT ${token}` },
    data: { title: '尚未翻译的新闻', summary: '这条新闻只有中文。', slug, publishedAt: new Date().toISOString(), _status: 'published' },
  })
  expect(created.status()).toBe(201)
  await api.dispose()

  const html = await (await request.get(`/en/news/${slug}`)).text()
  expect(html).toContain(en.Fallback.notice)
  expect(html).toMatch(/<h1 lang="zh-CN">尚未翻译的新闻<\/h1>/)
})

test.describe('feeds, sitemap and robots', () => {
  async function parseXml(page: Page, path: string) {
    const response = await page.request.get(path)
    expect(response.status(), path).toBe(200)
    const text = await response.text()
    await page.goto('/zh')
    return page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        items: [...doc.querySelectorAll('item > title')].map((node) => node.textContent),
        sitemaps: [...doc.getElementsByTagName('sitemap')].map((node) => node.getElementsByTagName('loc')[0]?.textContent ?? ''),
        urls: [...doc.getElementsByTagName('url')].map((node) => ({
          loc: node.getElementsByTagName('loc')[0]?.textContent ?? '',
          hreflangs: [...node.getElementsByTagName('xhtml:link')].map((link) => link.getAttribute('hreflang')),
        })),
      }
    }, text)
  }

  for (const locale of locales) {
    test(`the ${locale} news feed is valid RSS with the seeded news`, async ({ page }) => {
      const feed = await parseXml(page, `/${locale}/news/feed.xml`)
      expect(feed.error).toBeNull()
      expect(feed.items).toContain(news.title[locale])
    })
  }

  test('the sitemap index leads to every public page in both locales with alternates', async ({ page }) => {
    const index = await parseXml(page, '/sitemap.xml')
    expect(index.error).toBeNull()
    expect(index.sitemaps.length).toBeGreaterThan(0)
    const urls = []
    for (const file of index.sitemaps) {
      expect(file).toMatch(/^https?:\/\/[^/]+\/sitemaps\/[a-z]+-\d+\.xml$/)
      const sitemap = await parseXml(page, new URL(file).pathname)
      expect(sitemap.error, file).toBeNull()
      expect(sitemap.urls.length, file).toBeLessThanOrEqual(50_000)
      urls.push(...sitemap.urls)
    }
    for (const locale of locales) {
      for (const path of ['', '/news', `/news/${news.slug}`, `/projects/${project.slug}`, `/policies/${policy.slug}`, '/about']) {
        expect(urls.some((url) => url.loc.endsWith(`/${locale}${path}`)), `${locale}${path}`).toBe(true)
      }
    }
    expect(new Set(urls.map((url) => url.loc)).size).toBe(urls.length)
    for (const url of urls) expect(url.hreflangs, url.loc).toEqual(['zh-CN', 'en', 'x-default'])
  })

  test('robots.txt allows the site, keeps crawlers out of the admin and names the sitemap', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toMatch(/Disallow: \/admin/)
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/)
  })
})

test('filtered lists are cached like any page, one entry per canonical filter combination', async ({ request }) => {
  await request.get('/zh/news?category=cooperation&page=1')
  // Same filters in another order and case, plus an unknown parameter: the same cached page.
  const again = await request.get('/zh/news?utm_source=x&page=1&category=COOPERATION')
  expect(again.status()).toBe(200)
  expect(again.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
})

test('the script-free language switch only ever redirects within the site', async ({ request }) => {
  for (const from of ['//evil.example/zh/news', 'https://evil.example/zh/news', '/zh/news']) {
    const response = await request.get(`/locale-switch?to=en&from=${encodeURIComponent(from)}`, {
      maxRedirects: 0,
      headers: { referer: 'https://evil.example/zh/policies?type=talent' },
    })
    expect(response.status()).toBe(303)
    expect(response.headers().location).toBe('/en/news')
  }
})
