import { expect, test, type APIRequestContext } from '@playwright/test'

import { seedNews } from '../src/seed/content/news'
import { seedSiteSettings } from '../src/seed/content/site'
import en from '../messages/en.json' with { type: 'json' }
import zh from '../messages/zh.json' with { type: 'json' }

/** The newest published news item in one locale, as the REST API (and so the home page) sees it. */
async function newestTitle(request: APIRequestContext, locale: 'zh' | 'en'): Promise<string> {
  const response = await request.get(`/api/news?sort=-publishedAt&limit=1&depth=0&locale=${locale}`)
  return ((await response.json()) as { docs: { title: string }[] }).docs[0]!.title
}

test.describe('locale redirect', () => {
  for (const [browserLocale, expected] of [['zh-CN', 'zh'], ['en-GB', 'en']] as const) {
    test(`sends a ${browserLocale} browser from / to /${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale })
      const page = await context.newPage()
      await page.goto('/')
      await expect(page).toHaveURL(new RegExp(`/${expected}$`))
      await context.close()
    })
  }
})

test.describe('home page', () => {
  test('in Chinese: strings from messages/zh.json, content from Payload', async ({ page, request }) => {
    await page.goto('/zh')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedSiteSettings.siteName.zh)
    await expect(page.getByRole('heading', { level: 2, name: zh.Home.latestNews })).toBeVisible()
    await expect(page.getByRole('heading', { name: await newestTitle(request, 'zh') })).toBeVisible()
  })

  test('in English, reached with the language switcher', async ({ page, request }) => {
    await page.goto('/zh')
    await page.getByRole('link', { name: new RegExp(zh.LocaleSwitcher.switchTo) }).click()
    await expect(page).toHaveURL(/\/en$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedSiteSettings.siteName.en)
    await expect(page.getByRole('heading', { name: await newestTitle(request, 'en') })).toBeVisible()
  })

  test('is served from the cache after its first render', async ({ request }) => {
    await request.get('/en')
    const second = await request.get('/en')
    expect(second.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
  })
})

test.describe('not found', () => {
  for (const [locale, messages] of [['zh', zh], ['en', en]] as const) {
    test(`an unknown path under /${locale} is a localized 404`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page`)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.NotFound.title)
      await expect(page.getByRole('link', { name: seedSiteSettings.siteName[locale], exact: true })).toBeVisible()
    })
  }

  test('a locale that does not exist is a 404', async ({ page }) => {
    const response = await page.goto('/fr')
    expect(response?.status()).toBe(404)
  })
})

test('the REST API serves published news and no drafts', async ({ request }) => {
  const response = await request.get('/api/news?draft=true&limit=100&locale=en')
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { docs: { _status: string; title: string; slug: string }[] }
  const slugs = body.docs.map((doc) => doc.slug)
  for (const item of seedNews) expect(slugs).toContain(item.slug)
  expect(body.docs.every((doc) => doc._status === 'published')).toBe(true)
})

test('security headers on public pages, and no X-Powered-By', async ({ request }) => {
  const response = await request.get('/zh')
  const headers = response.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
  expect(headers['x-powered-by']).toBeUndefined()
})

test('liveness and readiness', async ({ request }) => {
  expect(await (await request.get('/api/health')).json()).toEqual({ status: 'ok' })
  expect(await (await request.get('/api/ready')).json()).toEqual({ status: 'ready' })
})
