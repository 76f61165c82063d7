/**
 * The production web server (`npm start` runs it through scripts/serve.ts): Next's own request
 * handler, plus what `next start` cannot do:
 * - public pages that Next has just served from its cache are repeated for a second without
 *   entering Next, and forgotten on any revalidation (pageResponseCache.ts);
 * - a page request that arrives after a revalidation is not joined to a render of that page that
 *   began before it (freshRenderGate.ts);
 * - when the database is down, an answer that would be a 500 becomes a 503 with Retry-After and
 *   a localized "temporarily unavailable" page (JSON for the API), while cached pages keep being
 *   served by Next as usual;
 * - on SIGTERM or SIGINT it stops taking connections, lets the requests in flight finish, stops
 *   the job runner, closes the database pool and exits, all within 10 seconds.
 */
import http from 'node:http'
import next from 'next'
import { createTranslator } from 'next-intl'
import pg from 'pg'

import en from '../../messages/en.json' with { type: 'json' }
import zh from '../../messages/zh.json' with { type: 'json' }
import { defaultLocale, htmlLang, isLocale, type Locale } from '../i18n/locales'
import { API_RETRY_AFTER_SECONDS, ApiAdmission } from './apiAdmission'
import { pageCopyTtlMs } from './env'
import { FreshRenderGate } from './freshRenderGate'
import { PageResponseCache } from './pageResponseCache'
import { onPagesRevalidated } from './pageRevalidation.mjs'
import { parsePort } from './ports'
import { appendSocketAddress } from './requests'
import { runShutdownHooks } from './shutdown'

const RETRY_AFTER_SECONDS = 30
const PROBE_TTL_MS = 2_000
const DRAIN_MS = 8_000
const QUIET_MS = 250
const PAGE_COPY_MAX_BYTES = 64 * 1024 * 1024

const port = parsePort(process.env.PORT, 3000, 'PORT')
const databaseUrl = process.env.DATABASE_URL

let lastProbe: { at: number; reachable: Promise<boolean> } | undefined

/** Whether Postgres answers, asked at most every 2 seconds however many requests fail. */
function databaseReachable(): Promise<boolean> {
  if (lastProbe && Date.now() - lastProbe.at < PROBE_TTL_MS) return lastProbe.reachable
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1_000 })
  const reachable = client
    .connect()
    .then(() => client.query('select 1'))
    .then(
      () => true,
      () => false,
    )
    .finally(() => client.end().catch(() => undefined))
  lastProbe = { at: Date.now(), reachable }
  return reachable
}

type Area = 'api' | 'admin' | 'site'
const areaOf = (path: string): Area => (/^\/api(\/|$|\?)/.test(path) ? 'api' : /^\/admin(\/|$|\?)/.test(path) ? 'admin' : 'site')

/** The site's pages speak their URL's language; the API and the admin the browser's. */
function localeOf(path: string, area: Area, acceptLanguage = ''): Locale {
  if (area !== 'site') return /^zh/i.test(acceptLanguage) ? 'zh' : 'en'
  const prefix = path.split(/[/?]/)[1]
  return isLocale(prefix) ? prefix : defaultLocale
}

function sendUnavailable(request: http.IncomingMessage, response: http.ServerResponse, send: (body: string) => void) {
  const path = request.url ?? '/'
  const area = areaOf(path)
  const locale = localeOf(path, area, request.headers['accept-language'])
  const t = createTranslator({ locale, messages: { zh, en }[locale], namespace: 'Unavailable' })
  for (const name of response.getHeaderNames()) response.removeHeader(name)
  response.statusCode = 503
  response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
  // no-transform: Next's compression must leave this body alone, it is written past its stream.
  response.setHeader('Cache-Control', 'no-store, no-transform')
  if (area === 'api') {
    response.setHeader('Content-Type', 'application/json; charset=utf-8')
    const message = request.method === 'GET' || request.method === 'HEAD' ? t('database') : `${t('database')} ${t('notSaved')}`
    send(JSON.stringify({ errors: [{ message }] }))
    return
  }
  const home = area === 'admin' ? '/admin' : `/${locale}`
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'")
  send(
    `<!doctype html><html lang="${htmlLang[locale]}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('title')}</title>` +
      '<style>body{font:1.0625rem/1.7 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;' +
      'margin:0;color:#1a2233;background:#f5f7fa}main{max-width:40rem;margin:15vh auto;padding:0 1.25rem}' +
      'h1{font-size:1.75rem;color:#0b3d91}a{color:#0b3d91}</style></head><body><main>' +
      `<h1>${t('title')}</h1><p>${area === 'admin' ? t('database') : t('body')}</p><p><a href="${home}">${t('home')}</a></p>` +
      '</main></body></html>',
  )
}

/** An API request the server has no room for now: 503 with Retry-After, in the asker's language. */
function sendBusy(request: http.IncomingMessage, response: http.ServerResponse) {
  const locale = localeOf(request.url ?? '/', 'api', request.headers['accept-language'])
  const t = createTranslator({ locale, messages: { zh, en }[locale], namespace: 'Unavailable' })
  response.writeHead(503, {
    'Retry-After': String(API_RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json; charset=utf-8',
  })
  response.end(JSON.stringify({ errors: [{ message: t('busy') }] }))
}

/**
 * Holds a response that is about to go out as a 500 until the database has been asked:
 * if it is down, the visitor gets the 503 page instead; otherwise the response goes out unchanged.
 * Next starts a response with writeHead, flushHeaders, write or end, so those four are the gate.
 */
function answerDatabaseOutagesWith503(request: http.IncomingMessage, response: http.ServerResponse) {
  type Method = (...args: unknown[]) => unknown
  // The gates stay in place (Next's compression wraps them in turn); once decided they only pass on.
  let state: 'open' | 'holding' | 'passing' | 'replaced' = 'open'
  const held: (() => void)[] = []

  for (const name of ['writeHead', 'flushHeaders', 'write', 'end'] as const) {
    const original = response[name] as Method
    const call = (args: unknown[]) => original.apply(response, args)
    Object.assign(response, {
      [name]: (...args: unknown[]) => {
        if (state === 'open') {
          // Only errors: a deliberate 503 (such as /api/ready's) already says what is wrong.
          const status = name === 'writeHead' ? Number(args[0]) : response.statusCode
          if (status !== 500 || response.headersSent) state = 'passing'
          else {
            state = 'holding'
            void databaseReachable().then((reachable) => {
              if (reachable) {
                state = 'passing'
                for (const replay of held.splice(0)) replay()
              } else {
                // Node's end() calls writeHead itself: let our own answer through, then drop Next's.
                state = 'passing'
                sendUnavailable(request, response, (body) => endResponse.call(response, body))
                state = 'replaced'
              }
            }).catch((error: unknown) => {
              console.error('Could not answer a failed request:', error)
              response.destroy()
            })
          }
        }
        if (state === 'passing') return call(args)
        if (state === 'holding') held.push(() => call(args))
        return name === 'write' ? true : response
      },
    })
  }
  const endResponse = Object.getPrototypeOf(response).end as (body: string) => void
}

async function main() {
  const app = next({ dev: false, port, hostname: '0.0.0.0' })
  const handle = app.getRequestHandler()
  await app.prepare()

  const pageCopies = new PageResponseCache({ ttlMs: pageCopyTtlMs(), maxBytes: PAGE_COPY_MAX_BYTES })
  const freshRenders = new FreshRenderGate()
  const apiRequests = new ApiAdmission()
  onPagesRevalidated(() => {
    pageCopies.clear()
    freshRenders.revalidated()
  })

  let stopping = false
  let inFlight = 0
  let lastArrival = 0
  const server = http.createServer((request, response) => {
    // The rate limits count the address this connection comes from, not one the client wrote.
    appendSocketAddress(request)
    inFlight++
    lastArrival = Date.now()
    response.once('close', () => inFlight--)
    if (stopping) response.setHeader('Connection', 'close')
    if (pageCopies.serveOrRecord(request, response)) return
    apiRequests.pass(
      request,
      response,
      () => {
        answerDatabaseOutagesWith503(request, response)
        freshRenders.pass(request, response, () => handle(request, response))
      },
      () => sendBusy(request, response),
    )
  })
  server.listen(port, '0.0.0.0', () => console.log(`Ready on http://127.0.0.1:${port}`))

  /**
   * The listener stays open until requests stop coming (a quarter of a second without one), so
   * that those already queued on the socket are served rather than reset; under steady traffic
   * it closes after 8 s anyway. Then the job runner and the database pool stop.
   */
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: finishing requests in flight, then stopping.`)
    const deadline = Date.now() + DRAIN_MS
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastArrival < QUIET_MS)) {
      server.closeIdleConnections()
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    server.close()
    server.closeAllConnections()
    await runShutdownHooks()
    await app.close()
    console.log('Stopped.')
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop('SIGTERM'))
  process.once('SIGINT', () => void stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
