import pg from 'pg'

import { StartupError, redactUrl } from './errors'

type PgError = Error & { code?: string }

/** One or two lines that say what went wrong with the database and what to try. */
export function describeConnectionError(error: unknown, url: string): string {
  const where = redactUrl(url)
  const code = (error as PgError)?.code
  const detail = error instanceof Error ? error.message : String(error)
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return (
        `Cannot reach Postgres at ${where} (${code}).\n` +
        'Start that server or fix DATABASE_URL; unset DATABASE_URL to use the embedded Postgres instead.'
      )
    case '28P01':
    case '28000':
      return (
        `Postgres at ${where} refused the login (${detail}).\n` +
        'Check the user name and password in DATABASE_URL.'
      )
    case '3D000':
      return missingDatabaseMessage(url)
    default:
      return `Cannot use Postgres at ${where}: ${detail}`
  }
}

function missingDatabaseMessage(url: string): string {
  return (
    `The database in ${redactUrl(url)} does not exist and could not be created.\n` +
    'Create it (createdb) or give the user in DATABASE_URL the CREATEDB right.'
  )
}

function newClient(url: string): pg.Client {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  client.on('error', () => {}) // errors surface through the awaited calls
  return client
}

/** A connected client, or a StartupError that says why the server in `url` cannot be used. */
export async function connectClient(url: string): Promise<pg.Client> {
  const client = newClient(url)
  try {
    await client.connect()
  } catch (error) {
    throw new StartupError(describeConnectionError(error, url))
  }
  return client
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = newClient(url)
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Connects to the database in `url`, creating it first when the server has none of that name.
 * Throws a StartupError with a short explanation when the server cannot be used.
 */
export async function ensureDatabase(url: string): Promise<void> {
  try {
    await withClient(url, async (client) => {
      await client.query('select 1')
    })
  } catch (error) {
    if ((error as PgError)?.code !== '3D000') throw new StartupError(describeConnectionError(error, url))
    await createDatabase(url)
  }
}

async function createDatabase(url: string): Promise<void> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  try {
    await withClient(maintenance.toString(), async (client) => {
      await client.query(`create database "${name.replaceAll('"', '""')}"`)
    })
  } catch (error) {
    // Another process may have created it between our two connections (duplicate_database), or
    // at the same moment (unique_violation on pg_database: instances starting together).
    if (['42P04', '23505'].includes((error as PgError)?.code ?? '')) return
    const refused = (error as PgError)?.code === '42501' // insufficient privilege
    throw new StartupError(refused ? missingDatabaseMessage(url) : describeConnectionError(error, url))
  }
}

/**
 * Runs `run` while holding a Postgres advisory lock of this name, so that instances starting
 * together against one database take turns (migrations and the seed run once, not side by side).
 * The lock belongs to this connection and goes with it, also if the process dies.
 */
export async function withDatabaseLock<T>(url: string, name: string, run: () => Promise<T>): Promise<T> {
  const client = await connectClient(url)
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [name])
    return await run()
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * A name for this database that no other database shares: its cluster's system identifier and
 * its own oid. A recreated database, or another cluster, gets a new one. Where a hosted server
 * hides the system identifier, the server's address and the database name stand in for it.
 */
export async function databaseIdentity(url: string): Promise<string> {
  const client = await connectClient(url)
  try {
    const { rows } = await client.query<{ identity: string }>(
      `select coalesce((select system_identifier::text from pg_control_system()), '') || '-' || oid as identity
         from pg_database where datname = current_database()`,
    )
    return rows[0]!.identity
  } catch {
    const { hostname, port, pathname } = new URL(url)
    return `${hostname}-${port || 5432}-${pathname.slice(1)}`.replace(/[^\w.-]/g, '_')
  } finally {
    await client.end()
  }
}
