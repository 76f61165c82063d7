import { createClient } from '@redis/client'
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST as graphqlRoute } from '@/app/(payload)/api/graphql/route'
import { POST as restRoute } from '@/app/(payload)/api/[...slug]/route'
import { StartupError } from '@/server/errors'
import { trustProxyHops } from '@/server/env'
import { limits, RateLimiter, sharedRateLimiter } from '@/server/rateLimit'
import { appendSocketAddress, clientAddress } from '@/server/requests'

import { testUser } from '../helpers/api'
import { serveDuringTests } from '../helpers/httpServer'
import { getTestPayload } from '../helpers/payload'

const redisUrl = process.env.REDIS_URL
// With REDIS_URL set the routes count in that Redis, under keys of this run only (deleted afterwards).
const prefix = `portal-test-${randomUUID()}:`
const password = 'a-long-test-password'
const wrong = 'wrong-password-1'

/**
 * A POST to the portal's REST route (src/app/(payload)/api/[...slug]/route.ts) with
 * X-Forwarded-For as the production server leaves it: the client's own header, if any, then the
 * address of the connection (src/server/requests.ts).
 */
function rest(path: string, from: string, { body, headers }: { body?: unknown; headers?: Record<string, string> } = {}) {
  const url = new URL(`/api${path}`, 'http://localhost')
  const request = new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', 'x-forwarded-for': from, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body ?? {}),
  })
  return restRoute(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
}

const login = (from: string, email: string, secret: string, headers?: Record<string, string>) =>
  rest('/users/login', from, { body: { email, password: secret }, headers })

function graphql(from: string, query: string, variables?: Record<string, unknown>) {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', 'x-forwarded-for': from },
    body: JSON.stringify({ query, variables }),
  })
  return graphqlRoute(request)
}

/** Whether Payload has locked the account, and its count of failed logins. */
async function lockOf(payload: Payload, email: string) {
  const user = (await payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as {
    loginAttempts?: number
    lockUntil?: string | null
  }
  return { locked: Boolean(user.lockUntil && new Date(user.lockUntil) > new Date()), loginAttempts: user.loginAttempts ?? 0 }
}

async function expectRefused(response: Response, language: 'en' | 'zh' = 'en') {
  expect(response.status).toBe(429)
  const retryAfter = Number(response.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(15 * 60)
  const { errors } = (await response.json()) as { errors: { message: string }[] }
  expect(errors[0]!.message).toMatch(language === 'en' ? /^Too many attempts .* Try again in 15 min\.$/ : /尝试次数过多，请 15 分钟后再试/)
}

async function redisKeys(): Promise<string[]> {
  const client = await createClient({ url: redisUrl }).connect()
  try {
    return await client.keys(`${prefix}*`)
  } finally {
    client.destroy()
  }
}

afterAll(async () => {
  if (!redisUrl) return
  const client = await createClient({ url: redisUrl }).connect()
  const keys = await client.keys(`${prefix}*`)
  if (keys.length > 0) await client.del(keys)
  client.destroy()
})

describe('client address', () => {
  const forwardedFor = (value: string) => new Headers({ 'x-forwarded-for': value })

  it('is the connection’s address, whatever the client wrote before it', () => {
    expect(clientAddress(forwardedFor('198.51.100.7'), 0)).toBe('198.51.100.7')
    expect(clientAddress(forwardedFor('1.2.3.4, 5.6.7.8, 198.51.100.7'), 0)).toBe('198.51.100.7')
    expect(clientAddress(forwardedFor('::ffff:198.51.100.7'), 0)).toBe('198.51.100.7')
  })

  it('with proxies in front, is the address the outermost of them saw', () => {
    expect(clientAddress(forwardedFor('1.2.3.4, 203.0.113.9, 10.0.0.2'), 1)).toBe('203.0.113.9')
    expect(clientAddress(forwardedFor('1.2.3.4, 203.0.113.9, 10.0.0.3, 10.0.0.2'), 2)).toBe('203.0.113.9')
    // Fewer entries than proxies: the request did not come through them all.
    expect(clientAddress(forwardedFor('10.0.0.2'), 2)).toBe('10.0.0.2')
  })

  it('counts an IPv6 address as its /64', () => {
    expect(clientAddress(forwardedFor('2001:db8:1:2:aaaa::1'), 0)).toBe('2001:db8:1:2::/64')
    expect(clientAddress(forwardedFor('2001:db8:1:2:bbbb:cccc:dddd:eeee'), 0)).toBe('2001:db8:1:2::/64')
    expect(clientAddress(forwardedFor('2001:db8::1'), 0)).toBe('2001:db8:0:0::/64')
    expect(clientAddress(forwardedFor('::1'), 0)).toBe('0:0:0:0::/64')
  })

  it('reads TRUST_PROXY_HOPS as a small whole number, 0 by default', () => {
    expect(trustProxyHops({})).toBe(0)
    expect(trustProxyHops({ TRUST_PROXY_HOPS: '2' })).toBe(2)
    expect(() => trustProxyHops({ TRUST_PROXY_HOPS: 'yes' })).toThrow(StartupError)
    expect(() => trustProxyHops({ TRUST_PROXY_HOPS: '-1' })).toThrow(StartupError)
    expect(() => trustProxyHops({ TRUST_PROXY_HOPS: '1.5' })).toThrow(StartupError)
  })
})

describe('rate limits on the API routes', () => {
  let payload: Payload
  const run = randomUUID().slice(0, 8)
  const account = async (name: string) => {
    const email = `${name}-${run}@example.com`
    await payload.create({ collection: 'users', data: { email, password, roles: ['editor'] } })
    return email
  }

  beforeAll(async () => {
    vi.stubEnv('REDIS_KEY_PREFIX', prefix)
    payload = await getTestPayload()
    // With REDIS_URL the routes count in Redis: connected before they are tried, as a running
    // server is (a count made while it connects stays in the process, by design).
    if (redisUrl) expect(await sharedRateLimiter().shared(10_000)).toBe(true)
  })

  afterAll(async () => {
    sharedRateLimiter().close()
    vi.unstubAllEnvs()
    // With REDIS_URL, the routes counted in Redis.
    if (redisUrl) expect(await redisKeys()).toContain(`${prefix}rate:login-account:203.0.113.1 sixth-${run}@example.com`)
  })

  it('answers the sixth failed login from one address at one account with 429, in the admin language', async () => {
    const email = await account('sixth')
    for (let attempt = 0; attempt < limits.loginAccount.max; attempt++) expect((await login('203.0.113.1', email, wrong)).status).toBe(401)
    await expectRefused(await login('203.0.113.1', email, wrong))
    // The right password from that address waits too: the address cannot tell its owner from a guesser.
    await expectRefused(await login('203.0.113.1', email, password))
    await expectRefused(await login('203.0.113.1', email, wrong, { 'accept-language': 'zh' }), 'zh')
    // The same address may still log in to another account (colleagues behind one address) …
    expect((await login('203.0.113.1', await account('colleague'), password)).status).toBe(200)
    // … and the owner logs in from elsewhere.
    expect((await login('203.0.113.2', email, password)).status).toBe(200)
  })

  it('never lets one address lock an account: Payload sees only the failures before the 429s', async () => {
    const email = await account('victim')
    for (let attempt = 0; attempt < 60; attempt++) await login('203.0.113.3', email, wrong)
    expect(await lockOf(payload, email)).toEqual({ locked: false, loginAttempts: limits.loginAccount.max })
    expect((await login('203.0.113.4', email, password)).status).toBe(200)
  })

  it('does not count logins that succeed', async () => {
    const email = await account('regular')
    for (let attempt = 0; attempt < limits.loginAccount.max + 2; attempt++) expect((await login('203.0.113.5', email, password)).status).toBe(200)
    expect((await login('203.0.113.5', email, wrong)).status).toBe(401)
  })

  it('limits failed logins from one address at many accounts', async () => {
    for (let attempt = 0; attempt < limits.loginAddress.max; attempt++) {
      expect((await login('203.0.113.6', `nobody-${attempt}-${run}@example.com`, wrong)).status).toBe(401)
    }
    await expectRefused(await login('203.0.113.6', `nobody-else-${run}@example.com`, wrong))
  })

  it('counts a login under the email Payload reads, however it is written', async () => {
    const email = await account('spelling')
    for (const spelling of [email, email.toUpperCase(), ` ${email} `, email, email]) await login('203.0.113.7', spelling, wrong)
    await expectRefused(await login('203.0.113.7', email, wrong))
    // The admin's own form sends the fields as multipart/form-data with a `_payload` field.
    const form = new FormData()
    form.append('_payload', JSON.stringify({ email, password: wrong }))
    const multipart = await new Response(form).blob()
    await expectRefused(await rest('/users/login', '203.0.113.7', { body: await multipart.text(), headers: { 'content-type': multipart.type } }))
  })

  it('does not let a client choose its address with its own X-Forwarded-For', async () => {
    const email = await account('spoofed')
    for (let attempt = 0; attempt < limits.loginAccount.max; attempt++) {
      expect((await login(`192.0.2.${attempt}, 203.0.113.8`, email, wrong)).status).toBe(401)
    }
    await expectRefused(await login('192.0.2.99, 203.0.113.8', email, wrong))
    await expectRefused(await login('203.0.113.8', email, wrong))
  })

  describe('through a real connection, as the production server passes requests on', () => {
    // What web.ts does before Next's handler: the connection's address goes last in X-Forwarded-For.
    const server = serveDuringTests(async (incoming, outgoing) => {
      appendSocketAddress(incoming)
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const response = await rest(incoming.url!.replace(/^\/api/, ''), String(incoming.headers['x-forwarded-for']), { body: Buffer.concat(chunks).toString() })
      outgoing.writeHead(response.status, { 'retry-after': response.headers.get('retry-after') ?? '' }).end(await response.text())
    })

    it('counts the connection’s address, not the X-Forwarded-For the client sends', async () => {
      const email = await account('socket')
      const send = (spoofed: string) =>
        fetch(`${server.origin()}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': spoofed },
          body: JSON.stringify({ email, password: wrong }),
        })
      for (let attempt = 0; attempt < limits.loginAccount.max; attempt++) expect((await send(`192.0.2.${attempt}`)).status).toBe(401)
      const refused = await send('192.0.2.200')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    })
  })

  it('limits forgot-password and first-register requests per address', async () => {
    const email = await account('forgetful')
    for (let attempt = 0; attempt < limits.forgotPassword.max; attempt++) {
      expect((await rest('/users/forgot-password', '203.0.113.9', { body: { email } })).status).toBe(200)
    }
    await expectRefused(await rest('/users/forgot-password', '203.0.113.9', { body: { email } }))
    for (let attempt = 0; attempt < limits.firstRegister.max; attempt++) {
      expect((await rest('/users/first-register', '203.0.113.10', { body: { email, password } })).status).not.toBe(429)
    }
    await expectRefused(await rest('/users/first-register', '203.0.113.10', { body: { email, password } }))
  })

  it('limits imports per address, answering in the import’s shape', async () => {
    const { token } = await testUser('translator')
    const headers = { authorization: `JWT ${token}`, 'content-type': 'text/plain' }
    for (let attempt = 0; attempt < limits.import.max; attempt++) {
      expect((await rest('/ui-strings/import?format=json&locale=en', '203.0.113.11', { body: '{}', headers })).status).toBe(200)
    }
    const refused = await rest('/ui-strings/import?format=json&locale=en', '203.0.113.11', { body: '{}', headers })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({ error: 'Too many attempts from your network. Try again in 15 min.' })
  })

  it('limits GraphQL logins the same, however many a request holds', async () => {
    const email = await account('graphql')
    const mutation = `mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }`
    for (let attempt = 0; attempt < limits.loginAccount.max; attempt++) {
      const answer = (await (await graphql("203.0.113.12", mutation, { email, password: wrong })).json()) as { data?: { loginUser: unknown } }
      expect(answer.data?.loginUser, JSON.stringify(answer)).toBeNull()
    }
    await expectRefused(await graphql('203.0.113.12', mutation, { email, password }))
    await expectRefused(await graphql('203.0.113.12', `mutation { loginUser(email: "${email}", password: "${wrong}") { token } }`))

    // Six logins in one request (aliases) pass the limit at once: none of them runs.
    const aliased = await account('aliased')
    const six = Array.from({ length: 6 }, (_, index) => `a${index}: loginUser(email: "${aliased}", password: "${wrong}") { token }`)
    await expectRefused(await graphql('203.0.113.13', `mutation { ${six.join(' ')} }`))
    expect(await lockOf(payload, aliased)).toEqual({ locked: false, loginAttempts: 0 })

    // Successful ones are not counted; forgot-password is limited too.
    for (let attempt = 0; attempt < limits.loginAccount.max + 1; attempt++) {
      const answer = (await (await graphql('203.0.113.14', mutation, { email: aliased, password })).json()) as { data: { loginUser: { token: string } } }
      expect(answer.data.loginUser.token).toBeTruthy()
    }
    const forgot = `mutation { forgotPasswordUser(email: "${aliased}") }`
    for (let attempt = 0; attempt < limits.forgotPassword.max; attempt++) expect((await graphql('203.0.113.15', forgot)).status).toBe(200)
    await expectRefused(await graphql('203.0.113.15', forgot))
  })

  it('refuses a login body over the limit without reading it', async () => {
    const response = await rest('/users/login', '203.0.113.16', { body: '{}', headers: { 'content-length': String(2 * 1024 * 1024) } })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ errors: [{ message: 'The request is larger than 1 MB.' }] })
  })
})

describe('rate limiter', () => {
  const hits = (subject: string) => [{ limit: limits.forgotPassword, subject }]

  it('counts in this process, and answers at once, while Redis is unreachable; it says so once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const limiter = new RateLimiter({ redisUrl: 'redis://127.0.0.1:1', prefix })
    try {
      const started = performance.now()
      for (let attempt = 0; attempt < limits.forgotPassword.max; attempt++) expect(await limiter.take(hits('a'))).toBeNull()
      expect(await limiter.take(hits('a'))).toBeGreaterThan(0)
      expect(performance.now() - started).toBeLessThan(2_000)
      expect(errors.mock.calls.filter(([message]) => String(message).startsWith('Rate limits:'))).toHaveLength(1)
    } finally {
      limiter.close()
      errors.mockRestore()
    }
  })

  // Needs a Redis server, so it runs only when REDIS_URL is set, e.g.
  // REDIS_URL=redis://127.0.0.1:6379 npx vitest run tests/int/rate-limit.int.test.ts
  describe.skipIf(!redisUrl)('in Redis (REDIS_URL; skipped without it)', () => {
    it('shares the counts between instances, with a window in Redis', async () => {
      const one = new RateLimiter({ redisUrl, prefix })
      const other = new RateLimiter({ redisUrl, prefix })
      try {
        for (let attempt = 0; attempt < limits.forgotPassword.max - 1; attempt++) expect(await one.take(hits('shared'))).toBeNull()
        expect(await other.take(hits('shared'))).toBeNull()
        expect(await one.take(hits('shared'))).toBeGreaterThan(14 * 60)
        await other.giveBack(hits('shared'))
        expect(await one.take(hits('shared'))).toBeNull()

        const client = await createClient({ url: redisUrl }).connect()
        expect(await client.pTTL(`${prefix}forgot-password:shared`)).toBeGreaterThan(14 * 60 * 1000)
        client.destroy()
      } finally {
        one.close()
        other.close()
      }
    })
  })
})
