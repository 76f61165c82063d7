import { expect, test } from '@playwright/test'
import fc from 'fast-check'

import { ensureStaff } from './staff'

/** A draft's marker: if any generated request shows it, a draft leaked. */
const SECRET = `FUZZ-DRAFT-${Date.now().toString(36)}`

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom("'; drop table news; --", '%', '_', '\\', '../../etc/passwd', '😀🚀', '<script>alert(1)</script>', '%00', '科学城'),
  fc.integer({ min: -10, max: 1_000_000 }).map(String),
  fc.string({ minLength: 2000, maxLength: 10_000 }),
)

const route = fc.record({
  locale: fc.constantFrom('zh', 'en', 'fr', 'ZH', ''),
  section: fc.constantFrom('', 'news', 'projects', 'policies', 'timeline', 'search', 'about', 'nope', 'news/feed.xml'),
  slug: fc.option(nasty, { nil: undefined }),
  params: fc.dictionary(fc.constantFrom('page', 'category', 'year', 'status', 'sort', 'type', 'issuer', 'validity', 'q', 'draft'), nasty, {
    maxKeys: 4,
  }),
})

test('thousands of generated URLs: never a 5xx, never a draft', async ({ request, playwright, baseURL }) => {
  test.setTimeout(240_000)
  // A draft whose text must never appear in a public response.
  const editor = await ensureStaff('editor')
  const api = await playwright.request.newContext({ baseURL })
  const { token } = (await (await api.post('/api/users/login', { data: editor })).json()) as { token: string }
  const created = await api.post('/api/news?draft=true&locale=zh', {
    headers: { authorization: `JWT ${token}` },
    data: { title: SECRET, summary: SECRET, slug: 'fuzz-draft', publishedAt: new Date().toISOString(), _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  await api.dispose()

  let requests = 0
  await fc.assert(
    fc.asyncProperty(route, async ({ locale, section, slug, params }) => {
      const parts = [locale, section, slug === undefined ? '' : encodeURIComponent(slug)].filter((part) => part !== '')
      const path = `/${parts.join('/')}`
      const query = new URLSearchParams(params).toString()
      const response = await request.get(`${path}${query ? `?${query}` : ''}`, { maxRedirects: 0 })
      requests += 1
      const body = await response.text()
      expect(response.status(), `${path}?${query}`).toBeLessThan(500)
      expect(body, `${path}?${query}`).not.toContain(SECRET)
    }),
    { numRuns: 1000, seed: 20261125 },
  )
  // The REST API too, with the same kind of input in its parameters.
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('news', 'projects', 'policies', 'pages', 'milestones'), nasty, nasty, async (collection, where, depth) => {
      const response = await request.get(
        `/api/${collection}?draft=true&depth=${encodeURIComponent(depth)}&where[title][like]=${encodeURIComponent(where)}&where[_status][equals]=draft`,
      )
      requests += 1
      expect(response.status(), `${collection} ${where}`).toBeLessThan(500)
      expect(await response.text()).not.toContain(SECRET)
    }),
    { numRuns: 300, seed: 20261125 },
  )
  expect(requests).toBe(1300)
})

test('junk URLs share one cached 404 instead of filling the page cache', async ({ request }) => {
  for (const path of ['/zh/news/%00bad', '/en/projects/a/b/c', `/zh/${'x'.repeat(300)}%20y`, '/en/news/q/anything']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
  }
  const again = await request.get('/zh/policies/%F0%9F%98%80')
  expect(again.status()).toBe(404)
  expect(again.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
})
