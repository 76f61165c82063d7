import { StartupError } from './errors'

// A fixed secret keeps development logins valid across restarts; production must set its own.
const DEVELOPMENT_SECRET = 'science-city-development-secret-do-not-use-in-production'

function isProductionRuntime(): boolean {
  // `next build` runs with NODE_ENV=production but serves nobody and needs no secret.
  return process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'
}

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProductionRuntime()) {
    throw new StartupError(
      'PAYLOAD_SECRET is not set. In production it must be a long random string, e.g. PAYLOAD_SECRET=$(openssl rand -hex 32) npm start',
    )
  }
  return DEVELOPMENT_SECRET
}

/**
 * The site's public origin (from SITE_URL): canonical URLs, feeds and the sitemap use it, and
 * Payload accepts login cookies only from it (CSRF) and answers cross-origin calls only for it.
 */
export function siteOrigin(): string {
  const value = process.env.SITE_URL
  if (value) {
    const url = URL.parse(value)
    if (!url || !/^https?:$/.test(url.protocol)) throw new StartupError(`SITE_URL is not an http(s) address: ${value}`)
    return url.origin
  }
  if (isProductionRuntime()) {
    throw new StartupError(
      'SITE_URL is not set. In production it is the public address of the site, e.g. SITE_URL=https://portal.example.cn npm start',
    )
  }
  return `http://localhost:${process.env.PORT || 3000}`
}

/** Origins whose requests may use the admin's login cookie; development also trusts 127.0.0.1. */
export function trustedOrigins(): string[] {
  const origin = siteOrigin()
  if (isProductionRuntime() || process.env.SITE_URL) return [origin]
  return [origin, `http://127.0.0.1:${process.env.PORT || 3000}`]
}

/**
 * How long the production server repeats a page Next served from its cache without entering Next
 * (PAGE_COPY_TTL_MS, default 1 s; 0 turns the copies off). See src/server/pageResponseCache.ts.
 */
export function pageCopyTtlMs(): number {
  const value = process.env.PAGE_COPY_TTL_MS
  if (!value) return 1_000
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms < 0) {
    throw new StartupError(`PAGE_COPY_TTL_MS must be a whole number of milliseconds (0 turns the page copies off), not "${value}".`)
  }
  return ms
}

/**
 * Bounds on every database call of this process (DATABASE_STATEMENT_TIMEOUT_MS, default 10 s;
 * DATABASE_POOL_WAIT_MS, default 5 s): a query that runs longer is cancelled, and a request that
 * waits longer for a free connection (or for a new one) fails, so a slow query or a burst of
 * requests cannot hold the server. 0 turns a bound off; command-line scripts turn the statement
 * bound off (src/server/payloadConfig.ts), since migrations and bulk seeds run long statements.
 */
export function databasePoolLimits(): { statement_timeout?: number; connectionTimeoutMillis?: number } {
  const milliseconds = (name: string, fallback: number) => {
    const value = process.env[name]
    if (!value) return fallback
    const ms = Number(value)
    if (!Number.isInteger(ms) || ms < 0) throw new StartupError(`${name} must be a whole number of milliseconds (0 turns it off), not "${value}".`)
    return ms
  }
  const statement = milliseconds('DATABASE_STATEMENT_TIMEOUT_MS', 10_000)
  const wait = milliseconds('DATABASE_POOL_WAIT_MS', 5_000)
  return { ...(statement > 0 && { statement_timeout: statement }), ...(wait > 0 && { connectionTimeoutMillis: wait }) }
}

/**
 * TRUST_PROXY_HOPS (default 0): how many proxies in front of the portal append the client's
 * address to X-Forwarded-For. The rate limits count the address the outermost of them saw
 * (src/server/requests.ts); with 0 only the connection's own address counts, as then every other
 * entry of the header was written by the client.
 */
export function trustProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = env.TRUST_PROXY_HOPS?.trim()
  if (!value) return 0
  const hops = Number(value)
  if (!/^\d+$/.test(value) || hops > 10) {
    throw new StartupError(`TRUST_PROXY_HOPS must be the number of proxies in front of the portal (0 to 10), not "${env.TRUST_PROXY_HOPS}".`)
  }
  return hops
}
