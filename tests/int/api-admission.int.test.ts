import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ApiAdmission } from '@/server/apiAdmission'

/**
 * The web server's admission of API requests (src/server/web.ts), on a real HTTP server whose
 * handler holds each request until the test lets it go.
 */
describe('API requests are worked on a few at a time', () => {
  const held: (() => void)[] = []
  let base: string
  let server: http.Server

  beforeAll(async () => {
    const admission = new ApiAdmission({ visitorSlots: 2, staffSlots: 1, maxQueued: 1, maxWaitMs: 300 })
    server = http.createServer((request, response) =>
      admission.pass(
        request,
        response,
        () => (request.url?.startsWith('/api/') ? held.push(() => response.end('done')) : response.end('page')),
        () => response.writeHead(503, { 'Retry-After': '5' }).end('busy'),
      ),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(base + path, { headers }).then(async (response) => ({ status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after') }))
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

  it('holds visitors to their slots, queues one more, refuses the rest, and never holds up pages or staff', async () => {
    const first = [get('/api/news'), get('/api/news')]
    await settle()
    expect(held).toHaveLength(2)
    const queued = get('/api/news')
    await settle()
    // The queue is full: the next is told to come back; a page and a logged-in request go through.
    expect(await get('/api/news')).toEqual({ status: 503, body: 'busy', retryAfter: '5' })
    expect((await get('/zh')).body).toBe('page')
    const staff = get('/api/users/me', { authorization: 'JWT x' })
    await settle()
    expect(held).toHaveLength(3)
    held.splice(2, 1)[0]!()
    expect((await staff).body).toBe('done')

    // A slot that frees up goes to the one waiting.
    held.shift()!()
    expect((await first[0]!).body).toBe('done')
    await settle()
    expect(held).toHaveLength(2)
    for (const release of held.splice(0)) release()
    expect((await first[1]!).body).toBe('done')
    expect((await queued).body).toBe('done')
  })

  it('refuses a request that waited too long', async () => {
    const busy = [get('/api/a'), get('/api/b')]
    await settle()
    expect(await get('/api/c')).toMatchObject({ status: 503 })
    for (const release of held.splice(0)) release()
    await Promise.all(busy)
  })
})
