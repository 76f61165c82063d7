import { expect, test, type Page } from '@playwright/test'

import { locales, pageTypes } from './pageTypes'

/** Every page type, and pages whose HTML comes from other renders: a filtered list and the shared 404. */
const cspPages = [
  ...pageTypes.map((type) => type.path),
  '/news?page=2',
  '/no-such-page',
]

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
    for (const path of cspPages) {
      test(`/${locale}${path} is cached, hydrates, and breaks no policy`, async ({ page, request }) => {
        // Twice, so the second answer comes from the cache with the stored policy.
        await request.get(`/${locale}${path}`)
        const cached = await request.get(`/${locale}${path}`)
        expect(cached.headers()['x-nextjs-cache']).toBe('HIT')
        const policy = scriptPolicy(cached.headersArray())
        expect(policy).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/)

        await recordViolations(page)
        await page.goto(`/${locale}${path}`)
        await hydrated(page)
        expect(await violations(page)).toEqual([])
      })
    }
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

  test('a script injected into a page is blocked, and the page still hydrates', async ({ page }) => {
    await page.route('**/en/news', async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace('</body>', '<script>window.injected = true</script></body>')
      await route.fulfill({ response, body: html })
    })
    await recordViolations(page)
    await page.goto('/en/news')
    await hydrated(page)
    expect(await page.evaluate(() => 'injected' in window)).toBe(false)
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src/)])
  })
})
