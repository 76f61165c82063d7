/**
 * What a backup folder holds and how both sides read the database's catalog. A backup is a folder:
 *   manifest.json          format, time, server, migrations, every table and upload with its sha256
 *   tables/<table>.copy.gz the table's rows in COPY text format, gzipped
 *   uploads/...            a copy of UPLOADS_DIR
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'

import { migrations } from '@/migrations'

import { StartupError } from './errors'

export const BACKUP_FORMAT = 'science-city-portal-backup'
export const BACKUP_FORMAT_VERSION = 1
/** Payload's Postgres adapter keeps every table in this schema (its `schemaName` default). */
export const APP_SCHEMA = 'public'
export const MANIFEST_FILE = 'manifest.json'

export type BackupTable = { name: string; columns: string[]; rows: number; bytes: number; sha256: string }
export type BackupSequence = { name: string; lastValue: string; isCalled: boolean }
export type BackupFile = { path: string; bytes: number; sha256: string }

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  formatVersion: typeof BACKUP_FORMAT_VERSION
  createdAt: string
  /** The database it was made from, password redacted. */
  source: string
  serverVersion: string
  /** Names of the applied migrations, in order. */
  migrations: string[]
  tables: BackupTable[]
  sequences: BackupSequence[]
  uploads: BackupFile[]
}

/** The committed migrations this code applies, in order. */
export const codeMigrationNames = (): string[] => migrations.map((migration) => migration.name)

/** Where a table's rows live inside a backup folder. */
export function tableFile(table: string): string {
  return path.join('tables', `${encodeURIComponent(table)}.copy.gz`)
}

export const UPLOADS_FOLDER = 'uploads'

/**
 * The settings COPY's text format depends on, fixed for both directions (as pg_dump does), so
 * dates, intervals and floats read back exactly whatever the server's defaults are.
 */
export const SESSION_SETTINGS = [
  "set datestyle = 'ISO, YMD'",
  "set intervalstyle = 'postgres'",
  'set extra_float_digits = 3',
  "set timezone = 'UTC'",
  "set client_encoding = 'UTF8'",
].join('; ')

export const quoteIdentifier = (name: string) => pg.escapeIdentifier(name)
export const qualified = (name: string) => `${quoteIdentifier(APP_SCHEMA)}.${quoteIdentifier(name)}`

/** The app's tables with their columns in order (generated columns are computed, not stored). */
export async function listTables(client: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `select c.relname::text as name, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where n.nspname = $1 and c.relkind = 'r'
      group by c.relname
      order by c.relname`,
    [APP_SCHEMA],
  )
  return rows
}

export async function listSequences(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind = 'S' order by c.relname`,
    [APP_SCHEMA],
  )
  return rows.map((row) => row.name)
}

/** The applied migrations, or undefined when the database has no portal schema yet. */
export async function appliedMigrations(client: pg.Client): Promise<string[] | undefined> {
  const { rows } = await client.query<{ exists: boolean }>('select to_regclass($1) is not null as exists', [
    qualified('payload_migrations'),
  ])
  if (!rows[0]?.exists) return undefined
  const applied = await client.query<{ name: string }>(`select name from ${qualified('payload_migrations')} order by name`)
  return applied.rows.map((row) => row.name)
}

/** A pass-through stream that hashes and counts what flows through it. */
export function hashingStream() {
  const hash = createHash('sha256')
  let bytes = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  return { stream, result: () => ({ bytes, sha256: hash.digest('hex') }) }
}

/** Copies a file and returns the size and sha256 of what was written. */
export async function copyFileHashed(from: string, to: string): Promise<{ bytes: number; sha256: string }> {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  const hashing = hashingStream()
  await pipeline(fs.createReadStream(from), hashing.stream, fs.createWriteStream(to, { flags: 'wx' }))
  return hashing.result()
}

export async function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}

/**
 * Every regular file under `root`, as paths relative to it with `/` separators; anything else
 * (a link, a socket) is refused, since a restore could not bring it back as it was.
 */
export function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return []
  const files: string[] = []
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name)
    if (entry.isDirectory()) continue
    if (!entry.isFile()) throw new StartupError(`${full} is not a regular file or folder; move it out of the uploads folder and try again.`)
    files.push(path.relative(root, full).split(path.sep).join('/'))
  }
  return files.sort()
}

/** A manifest path that stays inside the backup folder (no `..`, not absolute). */
export function isSafeRelativePath(relative: string): boolean {
  const segments = relative.split('/')
  return relative.length > 0 && !path.isAbsolute(relative) && segments.every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\'))
}
