import { expect, test, type Page } from '@playwright/test'

import { locales, pageTypes } from './pageTypes'

/**
 * Every page type, a filtered list, whose HTML comes from another render, and the shared 404 (a
 * path no page could have; a 404 for a plausible slug is rendered per request, never stored).
 */
const cachedPages = [...pageTypes.map((type) => type.path), '/news?page=2', '/no/such/page']

/** Script elements a browser would run (JSON-LD is data). */
const runnableScripts = (html: string) => html.match(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>/g) ?? []

/** Collects the page's CSP violation reports before any of its own scripts run. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = []
    Object.assign(window, { cspViolations: violations })
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`)
    })
  })
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)

/** React marks the DOM nodes it has hydrated; the body gets its keys once the app has run. */
const hydrated = (page: Page) => page.waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith('__react')))

/** The response's script policy (it comes as a second Content-Security-Policy header). */
function scriptPolicy(headers: { name: string; value: string }[]) {
  return headers.find(({ name, value }) => name.toLowerCase() === 'content-security-policy' && value.startsWith('script-src'))?.value
}

test.describe('a strict script policy on cached pages', () => {
  for (const locale of locales) {
    for (const path of cachedPages) {
      test(`/${locale}${path} is cached, carries no script, and breaks no policy`, async ({ page, request }) => {
        // Twice, so the second answer comes from the cache; the first must be the same page.
        const first = await request.get(`/${locale}${path}`)
        const cached = await request.get(`/${locale}${path}`)
        expect(cached.headers()['x-nextjs-cache']).toBe('HIT')
        expect(scriptPolicy(cached.headersArray())).toBe("script-src 'none'")
        expect(runnableScripts(await cached.text())).toEqual([])
        expect(runnableScripts(await first.text())).toEqual([])

        await recordViolations(page)
        await page.goto(`/${locale}${path}`)
        await expect(page.locator('h1')).toBeVisible()
        expect(await page.evaluate(() => document.scripts.length - document.querySelectorAll('script[type="application/ld+json"]').length)).toBe(0)
        expect(await violations(page)).toEqual([])
      })
    }

    test(`/${locale}: the request that renders a page gets it without scripts too, and with its status`, async ({ request }) => {
      // A search no one has made yet renders on this request; so does a path no one has asked for.
      const rendered = await request.get(`/${locale}/search?q=${Date.now()}-${locale}`)
      expect(rendered.headers()['x-nextjs-cache']).toBe('MISS')
      const missing = await request.get(`/${locale}/news/no-item-${Date.now()}`)
      expect(missing.headers()['x-nextjs-cache']).toBe('MISS')
      expect(missing.status()).toBe(404)
      expect(runnableScripts(await missing.text())).toEqual([])
      expect(scriptPolicy(rendered.headersArray())).toBe("script-src 'none'")
      expect(runnableScripts(await rendered.text())).toEqual([])
    })
  }

  test('a page rendered per request (a search too long to cache) has a nonce policy, hydrates, and breaks no policy', async ({ page, request }) => {
    // Thirty Chinese characters: too long to name a page-cache file (src/lib/searchQuery.ts).
    const path = `/zh/search?q=${encodeURIComponent('科学城人才政策'.repeat(5))}`
    const response = await request.get(path)
    expect(response.headers()['x-nextjs-cache']).toBeUndefined()
    const policy = scriptPolicy(response.headersArray())
    expect(policy).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]+=*'$/)
    const nonce = /'nonce-([^']+)'/.exec(policy!)![1]!
    const html = await response.text()
    expect(html).toContain(`nonce="${nonce}"`)
    expect((await request.get(path)).headersArray().find(({ value }) => value.includes(nonce))).toBeUndefined()

    await page.route('**/zh/search?**', async (route) => {
      const original = await route.fetch()
      const injected = (await original.text()).replace('</body>', '<script>window.injected = true</script></body>')
      await route.fulfill({ response: original, body: injected })
    })
    await recordViolations(page)
    await page.goto(path)
    await hydrated(page)
    expect(await page.evaluate(() => 'injected' in window)).toBe(false)
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src/)])
  })

  test('a script injected into a page is blocked', async ({ page }) => {
    await page.route('**/en/news', async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace('</body>', '<script>window.injected = true</script></body>')
      await route.fulfill({ response, body: html })
    })
    await recordViolations(page)
    await page.goto('/en/news')
    await expect(page.locator('h1')).toBeVisible()
    expect(await page.evaluate(() => 'injected' in window)).toBe(false)
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src/)])
  })
})
