/**
 * Rate limits per client address (requests.ts) on what anyone can try without an account —
 * login, forgot-password and first-register, through REST and GraphQL — and on the UI strings
 * import. Figures and reasons: docs/security.md, "Rate limits and request bodies".
 *
 * They wrap the two API routes rather than hooking Payload's operations: a GraphQL mutation's
 * error is an entry in a 200 answer, and Payload answers a REST error with headers of its own, so
 * only the route can answer 429 with Retry-After. The routes are every HTTP door to these
 * operations (the admin's own forms post to REST); what runs in the server (the Local API) is not
 * a door.
 *
 * Counts live in Redis when REDIS_URL is set, so that every instance shares them, and in this
 * process otherwise, or while Redis does not answer.
 */
import { initI18n } from '@payloadcms/translations'
import { parse, visit, type FieldNode } from 'graphql'
import { getRequestLanguage, type SanitizedConfig } from 'payload'
import { parseCookies } from 'payload/shared'

import { adminT, type AdminTranslationKey } from '@/i18n/adminTranslations'

import { trustProxyHops } from './env'
import { clientAddress, maxBodySize, readBody } from './requests'
import { DEFAULT_REDIS_PREFIX, openRedis } from './sharedPageCache.mjs'
import { onShutdown } from './shutdown'

/** At most `max` within `windowMs` of the first, per subject. */
export type Limit = { name: string; max: number; windowMs: number }

const MINUTE = 60_000

/**
 * A login counts when it fails: each is counted when it starts (so that attempts sent together
 * cannot all pass before the first fails) and given back when it succeeds.
 *
 * Payload locks an account after 50 failed logins in a row (src/collections/Users), counted
 * until a login succeeds. One address may fail 5 times per 15 minutes and 15 times per day at one
 * account; two days meet at most three daily windows (45 < 50), so it cannot lock an account whose
 * owner logs in at least every two days, and the owner, from another address, is never stopped by
 * it. The lock is what is left against many addresses guessing together: 10 of them lock an
 * account in one go, for 15 minutes.
 */
export const limits = {
  loginAccount: { name: 'login-account', max: 5, windowMs: 15 * MINUTE },
  loginAccountDaily: { name: 'login-account-daily', max: 15, windowMs: 24 * 60 * MINUTE },
  // Failures at any accounts from one address: more than one person's typing behind one address.
  loginAddress: { name: 'login-address', max: 30, windowMs: 15 * MINUTE },
  // These count every request: each sends an email, creates the first user, or reads a file.
  forgotPassword: { name: 'forgot-password', max: 5, windowMs: 15 * MINUTE },
  firstRegister: { name: 'first-register', max: 10, windowMs: 15 * MINUTE },
  import: { name: 'import', max: 30, windowMs: 15 * MINUTE },
} satisfies Record<string, Limit>

export type Hit = { limit: Limit; subject: string }

type Window = { count: number; msLeft: number }

interface Counts {
  /** Adds n to a key's count in its window, opening one (of windowMs) when there is none. */
  add(key: string, n: number, windowMs: number): Promise<Window>
  /** Takes n off a key's count, if its window is still open. */
  subtract(key: string, n: number): Promise<void>
}

// An address that tries many accounts opens several windows per attempt; past this many, the
// oldest are forgotten so that a flood of addresses cannot exhaust the memory.
const MAX_LOCAL_WINDOWS = 100_000

class LocalCounts implements Counts {
  private readonly windows = new Map<string, { count: number; endsAt: number }>()

  async add(key: string, n: number, windowMs: number): Promise<Window> {
    const now = Date.now()
    let window = this.windows.get(key)
    if (!window || window.endsAt <= now) {
      this.windows.delete(key)
      if (this.windows.size >= MAX_LOCAL_WINDOWS) this.forgetOldest(now)
      window = { count: 0, endsAt: now + windowMs }
      this.windows.set(key, window)
    }
    window.count += n
    return { count: window.count, msLeft: window.endsAt - now }
  }

  async subtract(key: string, n: number): Promise<void> {
    const window = this.windows.get(key)
    if (window && window.endsAt > Date.now()) window.count -= n
  }

  private forgetOldest(now: number) {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key)
    // A Map iterates in insertion order, and a window is inserted when it opens.
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_LOCAL_WINDOWS * 0.9) break
      this.windows.delete(key)
    }
  }
}

// Windows are timed by Redis' clock, so the instances' clocks need not agree.
const ADD = `local count = redis.call('INCRBY', KEYS[1], ARGV[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  left = tonumber(ARGV[2])
end
return {count, left}`
const SUBTRACT = `if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('DECRBY', KEYS[1], ARGV[1]) end
return 0`

// A login waits at most this long for Redis before it is counted in this process instead.
const REDIS_TIMEOUT_MS = 500

/**
 * Counts in Redis, connected as the page cache connects (sharedPageCache.mjs): commands fail at
 * once while Redis is unreachable instead of waiting in a queue, and after REDIS_TIMEOUT_MS when it
 * hangs. Meanwhile this process counts alone, and says so once per outage.
 */
class RedisCounts implements Counts {
  private readonly client: ReturnType<typeof openRedis>['client']
  private readonly opened: Promise<unknown>
  private unreachable = false

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly fallback: LocalCounts,
  ) {
    const { client, opened } = openRedis(url, { timeoutMs: REDIS_TIMEOUT_MS })
    this.client = client
    this.opened = opened
    this.client.on('error', (error: Error) => this.outage(error))
  }

  private outage(error: unknown) {
    if (!this.unreachable) {
      const reason = error instanceof Error ? error.message : String(error)
      console.error(`Rate limits: Redis does not answer (${reason}); each instance counts on its own until it does.`)
    }
    this.unreachable = true
  }

  async add(key: string, n: number, windowMs: number): Promise<Window> {
    try {
      await this.opened
      const [count, msLeft] = (await this.client.eval(ADD, { keys: [this.prefix + key], arguments: [String(n), String(windowMs)] })) as [number, number]
      this.unreachable = false
      return { count, msLeft }
    } catch (error) {
      this.outage(error)
      return this.fallback.add(key, n, windowMs)
    }
  }

  async subtract(key: string, n: number): Promise<void> {
    try {
      await this.opened
      await this.client.eval(SUBTRACT, { keys: [this.prefix + key], arguments: [String(n)] })
    } catch (error) {
      this.outage(error)
      await this.fallback.subtract(key, n)
    }
  }

  /** Whether the connection is up, waiting for it at most `ms` (a busy process connects late). */
  connected(ms: number): Promise<boolean> {
    if (this.client.isReady) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(this.client.isReady), ms)
      this.client.once('ready', () => {
        clearTimeout(timer)
        resolve(true)
      })
    })
  }

  close() {
    this.client.destroy()
  }
}

export class RateLimiter {
  private readonly counts: LocalCounts | RedisCounts

  /** `prefix` comes before every Redis key; without `redisUrl` the counts stay in this process. */
  constructor({ redisUrl, prefix }: { redisUrl?: string; prefix: string }) {
    const local = new LocalCounts()
    this.counts = redisUrl ? new RedisCounts(redisUrl, prefix, local) : local
  }

  /** Whether the counts are shared through Redis now, waiting for its connection at most `ms`. */
  shared(ms: number): Promise<boolean> {
    return this.counts instanceof RedisCounts ? this.counts.connected(ms) : Promise.resolve(false)
  }

  /**
   * Counts the hits (a repeated hit counts as often) and returns null; or, when any would pass its
   * limit, counts none of them and returns the seconds until the limits passed let them through.
   */
  async take(hits: Hit[]): Promise<number | null> {
    const groups = [...groupHits(hits)]
    const windows = await Promise.all(groups.map(([key, { limit, n }]) => this.counts.add(key, n, limit.windowMs)))
    const passed = windows.filter((window, index) => window.count > groups[index]![1].limit.max)
    if (passed.length === 0) return null
    await this.giveBack(hits)
    return Math.max(1, Math.ceil(Math.max(...passed.map((window) => window.msLeft)) / 1000))
  }

  /** Uncounts hits taken earlier, in the windows that are still open. */
  async giveBack(hits: Hit[]): Promise<void> {
    await Promise.all([...groupHits(hits)].map(([key, { n }]) => this.counts.subtract(key, n)))
  }

  close(): void {
    if (this.counts instanceof RedisCounts) this.counts.close()
  }
}

function groupHits(hits: Hit[]): Map<string, { limit: Limit; n: number }> {
  const groups = new Map<string, { limit: Limit; n: number }>()
  for (const { limit, subject } of hits) {
    const key = `${limit.name}:${subject}`
    groups.set(key, { limit, n: (groups.get(key)?.n ?? 0) + 1 })
  }
  return groups
}

const SHARED = Symbol.for('science-city.rate-limiter')

/**
 * The limiter of this process, made on first use (not while `next build` loads the routes). Next
 * bundles the REST and GraphQL routes apart, each with its own copy of this module; both count
 * together through globalThis.
 */
export function sharedRateLimiter(): RateLimiter {
  const registry = globalThis as typeof globalThis & { [SHARED]?: RateLimiter }
  if (!registry[SHARED]) {
    const limiter = new RateLimiter({
      redisUrl: process.env.REDIS_URL || undefined,
      prefix: `${process.env.REDIS_KEY_PREFIX || DEFAULT_REDIS_PREFIX}rate:`,
    })
    onShutdown(() => limiter.close())
    registry[SHARED] = limiter
  }
  return registry[SHARED]
}

type Door = 'login' | 'forgotPassword' | 'firstRegister' | 'import'

/** One operation a request asks for; a login names the accounts it may be for. */
type Attempt = { door: Door; emails?: string[]; responseKey?: string }

function hitsOf(attempt: Attempt, address: string): Hit[] {
  if (attempt.door !== 'login') return [{ limit: limits[attempt.door], subject: address }]
  return [
    { limit: limits.loginAddress, subject: address },
    ...(attempt.emails ?? ['']).flatMap((email) => [
      { limit: limits.loginAccount, subject: `${address} ${email}` },
      { limit: limits.loginAccountDaily, subject: `${address} ${email}` },
    ]),
  ]
}

const normalEmail = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')

/** A refusal in the admin language of the one asking, in the shape its client reads. */
async function refusal(
  config: Promise<SanitizedConfig>,
  request: Request,
  shape: 'error' | 'errors',
  { status, key, vars, headers }: { status: number; key: AdminTranslationKey; vars: Record<string, string>; headers?: HeadersInit },
): Promise<Response> {
  const sanitized = await config
  const language = getRequestLanguage({ config: sanitized, cookies: parseCookies(request.headers), headers: request.headers })
  const { t } = await initI18n({ config: sanitized.i18n, context: 'api', language })
  const message = adminT({ t }, key, vars)
  return Response.json(shape === 'error' ? { error: message } : { errors: [{ message }] }, { status, headers })
}

const tooLarge = (config: Promise<SanitizedConfig>, request: Request) =>
  refusal(config, request, 'errors', { status: 413, key: 'requestTooLarge', vars: { limit: maxBodySize } })

/**
 * Runs `handler` if the address may make these attempts, else answers 429 with Retry-After.
 * `succeeded` tells which logins of the answer succeeded; their hits are given back.
 */
async function limited(
  config: Promise<SanitizedConfig>,
  request: Request,
  shape: 'error' | 'errors',
  attempts: Attempt[],
  handler: () => Promise<Response>,
  succeeded: (response: Response, attempts: Attempt[]) => Promise<Attempt[]> = async () => [],
): Promise<Response> {
  const limiter = sharedRateLimiter()
  const address = clientAddress(request.headers, trustProxyHops())
  const hits = attempts.flatMap((attempt) => hitsOf(attempt, address))
  const retryAfter = await limiter.take(hits)
  if (retryAfter !== null) {
    return refusal(config, request, shape, {
      status: 429,
      key: 'tooManyAttempts',
      vars: { minutes: String(Math.ceil(retryAfter / 60)) },
      headers: { 'retry-after': String(retryAfter) },
    })
  }
  const response = await handler()
  const logins = attempts.filter((attempt) => attempt.door === 'login')
  if (logins.length > 0) await limiter.giveBack((await succeeded(response, logins)).flatMap((attempt) => hitsOf(attempt, address)))
  return response
}

// As Payload routes REST paths (handleEndpoints): the collection exactly, the endpoint's path
// without regard to case and with an optional trailing slash (path-to-regexp's defaults).
const REST_DOORS = new Map<string, Door>([
  ['users/login', 'login'],
  ['users/forgot-password', 'forgotPassword'],
  ['users/first-register', 'firstRegister'],
  ['ui-strings/import', 'import'],
])

/**
 * The email Payload's login looks up, read from the body as Payload reads it
 * (addDataAndFileToRequest), or '' when it finds none.
 */
async function restLoginEmail(headers: Headers, body: Buffer<ArrayBuffer>): Promise<string> {
  const [contentType = ''] = (headers.get('content-type') ?? '').split(';', 1)
  try {
    if (contentType === 'application/json') return normalEmail(JSON.parse(new TextDecoder().decode(body) || '{}')?.email)
    if (!contentType.includes('multipart/')) return ''
    // Payload's multipart parser lets a value replace an empty one before it, and makes a repeated
    // field a list, which Payload then ignores (buildFields).
    const values = (await new Response(body, { headers }).formData()).getAll('_payload').filter((value) => typeof value === 'string')
    const first = values.findIndex((value) => value !== '')
    return first !== -1 && first === values.length - 1 ? normalEmail(JSON.parse(values[first]!)?.email) : ''
  } catch {
    return ''
  }
}

type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** The REST route with the limits on `POST /api/users/{login,forgot-password,first-register}` and `/api/ui-strings/import`. */
export function limitRest(config: Promise<SanitizedConfig>, handler: RestHandler): RestHandler {
  return async (request, args) => {
    const [collection = '', ...path] = (await args.params).slug
    const door = REST_DOORS.get(`${collection}/${path.join('/').toLowerCase().replace(/\/$/, '')}`)
    if (!door) return handler(request, args)
    // The import endpoint refuses a large file itself, in its own words.
    if (door === 'import') return limited(config, request, 'error', [{ door }], () => handler(request, args))
    const body = await readBody(request.clone())
    if (body === null) return tooLarge(config, request)
    const attempt: Attempt = door === 'login' ? { door, emails: [await restLoginEmail(request.headers, body)] } : { door }
    return limited(
      config,
      request,
      'errors',
      [attempt],
      () => handler(request, args),
      async (response, logins) => (response.ok ? logins : []),
    )
  }
}

// The users collection's mutations, named by Payload from its slug.
const GRAPHQL_DOORS = new Map<string, Door>([
  ['loginUser', 'login'],
  ['forgotPasswordUser', 'forgotPassword'],
])

/**
 * The logins and password resets a GraphQL request asks for, read as graphql-http reads the body.
 * A document may hold several (aliases, fragments, other operations): each counts, and a login's
 * email given by a variable counts for every value the variable may take, so that what is counted
 * is never less than what runs.
 */
function graphqlAttempts(headers: Headers, body: Buffer<ArrayBuffer>): Attempt[] {
  const [mediaType] = (headers.get('content-type') ?? '').replace(/\s/g, '').toLowerCase().split(';')
  const text = new TextDecoder().decode(body)
  if (mediaType !== 'application/json' || ![...GRAPHQL_DOORS.keys()].some((name) => text.includes(name))) return []
  let document
  let variables: Record<string, unknown>
  try {
    const params = JSON.parse(text) as { query?: unknown; variables?: unknown }
    if (typeof params.query !== 'string') return []
    document = parse(params.query)
    variables = params.variables && typeof params.variables === 'object' ? (params.variables as Record<string, unknown>) : {}
  } catch {
    // graphql-http refuses it too, before running anything.
    return []
  }
  const defaults = new Map<string, string[]>()
  const fields: FieldNode[] = []
  visit(document, {
    VariableDefinition: ({ variable, defaultValue }) => {
      const name = variable.name.value
      if (defaultValue?.kind === 'StringValue') defaults.set(name, [...(defaults.get(name) ?? []), defaultValue.value])
    },
    Field: (node) => {
      if (GRAPHQL_DOORS.has(node.name.value)) fields.push(node)
    },
  })
  const emailsOf = (field: FieldNode): string[] => {
    const value = field.arguments?.find((argument) => argument.name.value === 'email')?.value
    if (value?.kind === 'StringValue') return [normalEmail(value.value)]
    if (value?.kind !== 'Variable') return ['']
    const given = variables[value.name.value]
    if (typeof given === 'string') return [normalEmail(given)]
    return defaults.get(value.name.value)?.map(normalEmail) ?? ['']
  }
  return fields.map((field) => ({ door: GRAPHQL_DOORS.get(field.name.value)!, emails: emailsOf(field), responseKey: field.alias?.value ?? field.name.value }))
}

/** The logins of a GraphQL answer that returned a session. */
async function graphqlSucceeded(response: Response, logins: Attempt[]): Promise<Attempt[]> {
  try {
    const { data } = (await response.clone().json()) as { data?: Record<string, unknown> | null }
    return logins.filter((login) => data?.[login.responseKey!] != null)
  } catch {
    return []
  }
}

type GraphqlHandler = (request: Request) => Promise<Response>

/** The GraphQL route with the limits on its `loginUser` and `forgotPasswordUser` mutations. */
export function limitGraphql(config: Promise<SanitizedConfig>, handler: GraphqlHandler): GraphqlHandler {
  return async (request) => {
    const body = await readBody(request.clone())
    if (body === null) return tooLarge(config, request)
    const attempts = graphqlAttempts(request.headers, body)
    if (attempts.length === 0) return handler(request)
    return limited(config, request, 'errors', attempts, () => handler(request), graphqlSucceeded)
  }
}
