/**
 * Restores a backup folder (see backupFormat.ts). Everything that can be checked is checked before
 * the database is touched: the manifest, every file's size and sha256, the migrations, and whether
 * the target already holds content. The rows are then replaced in one transaction and the uploads
 * folder is swapped just before it commits, so a failure leaves the database and files as they were.
 */
import fs from 'node:fs'
import path from 'node:path'
import stream from 'node:stream'
import zlib from 'node:zlib'
import type pg from 'pg'

import {
  APP_SCHEMA,
  appliedMigrations,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  codeMigrationNames,
  copyFileHashed,
  hashFile,
  hashingStream,
  isSafeRelativePath,
  listFiles,
  listSequences,
  listTables,
  MANIFEST_FILE,
  qualified,
  quoteIdentifier,
  SESSION_SETTINGS,
  tableFile,
  UPLOADS_FOLDER,
} from './backupFormat'
import { connectClient } from './database'
import { redactUrl, StartupError } from './errors'
import { copyFrom } from './pgCopy'

export type RestoreOptions = {
  databaseUrl: string
  uploadsDir: string
  source: string
  /** Replace a database or uploads folder that already holds content. */
  force?: boolean
  /** Applies the code's migrations to the target (called when it lacks some or all of them). */
  migrate: () => Promise<void>
  log?: (line: string) => void
}

const UNCHANGED = 'nothing was changed'

/** Reads the manifest and checks every file it lists; throws a one-line StartupError if any is off. */
export async function verifyBackup(source: string): Promise<BackupManifest> {
  const folder = path.resolve(source)
  const damaged = (what: string) => new StartupError(`The backup in ${folder} is damaged or incomplete: ${what}; ${UNCHANGED}.`)
  if (!fs.existsSync(folder)) throw new StartupError(`There is no backup folder at ${folder}.`)
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_FILE), 'utf8')) as BackupManifest
  } catch (error) {
    throw damaged(`${MANIFEST_FILE} cannot be read (${(error as Error).message})`)
  }
  if (manifest?.format !== BACKUP_FORMAT || manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw damaged(`${MANIFEST_FILE} is not a format ${BACKUP_FORMAT_VERSION} portal backup manifest`)
  }
  if (![manifest.migrations, manifest.tables, manifest.sequences, manifest.uploads].every(Array.isArray)) {
    throw damaged(`${MANIFEST_FILE} lacks its migrations, tables, sequences or uploads`)
  }
  const files = [
    ...manifest.tables.map((table) => ({ path: tableFile(table.name), bytes: table.bytes, sha256: table.sha256 })),
    ...manifest.uploads.map((file) => {
      if (!isSafeRelativePath(file.path)) throw damaged(`${MANIFEST_FILE} lists an upload outside the backup (${file.path})`)
      return { ...file, path: path.join(UPLOADS_FOLDER, file.path) }
    }),
  ]
  for (const file of files) {
    const actual = await hashFile(path.join(folder, file.path)).catch(() => undefined)
    if (!actual) throw damaged(`${file.path} is missing`)
    if (actual.bytes !== file.bytes || actual.sha256 !== file.sha256) throw damaged(`${file.path} does not match its checksum`)
  }
  return manifest
}

/** Says how two lists of migration names differ, or returns undefined when they are equal. */
function migrationDifference(backup: string[], code: string[]): string | undefined {
  const missing = code.filter((name) => !backup.includes(name))
  const extra = backup.filter((name) => !code.includes(name))
  if (missing.length === 0 && extra.length === 0) return undefined
  return [
    missing.length ? `the backup lacks ${missing.join(', ')}` : '',
    extra.length ? `the backup has ${extra.join(', ')}, which this code does not know` : '',
  ]
    .filter(Boolean)
    .join(' and ')
}

type TargetState = { migrations?: string[]; tablesWithRows: string[]; uploadCount: number }

async function inspectTarget(client: pg.Client, uploadsDir: string): Promise<TargetState> {
  const migrations = await appliedMigrations(client)
  const tablesWithRows: string[] = []
  for (const { name } of migrations ? await listTables(client) : []) {
    if (name === 'payload_migrations') continue
    const { rows } = await client.query<{ exists: boolean }>(`select exists (select from ${qualified(name)}) as exists`)
    if (rows[0]!.exists) tablesWithRows.push(name)
  }
  return { migrations, tablesWithRows, uploadCount: listFiles(uploadsDir).length }
}

/** The tables in an order where every table comes after the tables its foreign keys point to. */
async function loadOrder(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `select child.relname::text as child, parent.relname::text as parent
       from pg_constraint k
       join pg_class child on child.oid = k.conrelid
       join pg_class parent on parent.oid = k.confrelid
       join pg_namespace n on n.oid = child.relnamespace
      where k.contype = 'f' and n.nspname = $1 and k.conrelid <> k.confrelid`,
    [APP_SCHEMA],
  )
  const parents = new Map(tables.map((table) => [table, new Set<string>()]))
  for (const { child, parent } of rows) parents.get(child)?.add(parent)
  const ordered: string[] = []
  const placed = new Set<string>()
  while (ordered.length < tables.length) {
    const ready = tables.filter((table) => !placed.has(table) && [...parents.get(table)!].every((parent) => placed.has(parent) || !parents.has(parent)))
    if (ready.length === 0) {
      const left = tables.filter((table) => !placed.has(table))
      throw new StartupError(`The foreign keys between ${left.join(', ')} form a cycle, so their rows cannot be loaded in order; no rows were changed.`)
    }
    for (const table of ready) placed.add(table)
    ordered.push(...ready)
  }
  return ordered
}

/** Checks that the target's tables, columns and sequences are the backup's. */
async function checkSchema(client: pg.Client, manifest: BackupManifest): Promise<void> {
  const tables = new Map((await listTables(client)).map((table) => [table.name, table.columns]))
  const problems: string[] = []
  for (const table of manifest.tables) {
    const columns = tables.get(table.name)
    if (!columns) problems.push(`table ${table.name} is missing`)
    else if (columns.length !== table.columns.length || table.columns.some((column) => !columns.includes(column))) {
      problems.push(`the columns of ${table.name} differ`)
    }
  }
  const backedUp = new Set(manifest.tables.map((table) => table.name))
  for (const name of tables.keys()) if (!backedUp.has(name)) problems.push(`table ${name} is not in the backup`)
  const sequences = new Set(await listSequences(client))
  for (const sequence of manifest.sequences) if (!sequences.has(sequence.name)) problems.push(`sequence ${sequence.name} is missing`)
  if (problems.length) {
    throw new StartupError(`The database's schema does not match the backup's (${problems.join('; ')}); no rows were changed.`)
  }
}

/** Streams a backed-up table into the target, checking its sha256 and row count on the way. */
async function loadTable(client: pg.Client, folder: string, table: BackupManifest['tables'][number]): Promise<void> {
  const hashing = hashingStream()
  const input = stream.pipeline(fs.createReadStream(path.join(folder, tableFile(table.name))), hashing.stream, zlib.createGunzip(), () => {})
  const columns = table.columns.map(quoteIdentifier).join(', ')
  const rows = await copyFrom(client, `copy ${qualified(table.name)} (${columns}) from stdin`, input).catch((error: unknown) => {
    throw new StartupError(`Loading the rows of ${table.name} failed (${(error as Error).message}); ${UNCHANGED}.`)
  })
  const file = hashing.result()
  if (file.sha256 !== table.sha256 || rows !== table.rows) {
    throw new StartupError(`${tableFile(table.name)} changed while it was being restored; ${UNCHANGED}.`)
  }
}

/** Copies the backed-up uploads into a new folder, checking each file on the way. */
async function stageUploads(folder: string, manifest: BackupManifest, staging: string): Promise<void> {
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(staging, { recursive: true })
  for (const file of manifest.uploads) {
    const copied = await copyFileHashed(path.join(folder, UPLOADS_FOLDER, file.path), path.join(staging, file.path))
    if (copied.sha256 !== file.sha256) throw new StartupError(`${UPLOADS_FOLDER}/${file.path} changed while it was being restored; ${UNCHANGED}.`)
  }
}

/** Puts `staging` in the place of `folder` (whose old content goes to `replaced`); returns the undo. */
function swapFolder(staging: string, folder: string, replaced: string): () => void {
  const existed = fs.existsSync(folder)
  if (existed) fs.renameSync(folder, replaced)
  try {
    fs.renameSync(staging, folder)
  } catch (error) {
    if (existed) fs.renameSync(replaced, folder)
    throw error
  }
  return () => {
    fs.renameSync(folder, staging)
    if (existed) fs.renameSync(replaced, folder)
  }
}

export type RestoreSummary = { tables: number; rows: number; uploads: number }

export async function restoreBackup({ databaseUrl, uploadsDir, source, force = false, migrate, log = () => {} }: RestoreOptions): Promise<RestoreSummary> {
  const folder = path.resolve(source)
  const uploads = path.resolve(uploadsDir)
  const manifest = await verifyBackup(folder)
  const code = codeMigrationNames()
  const difference = migrationDifference(manifest.migrations, code)
  if (difference) {
    throw new StartupError(
      `The backup does not match this code's migrations (${difference}), so it needs the portal version that made it; ${UNCHANGED}.`,
    )
  }

  log(`Restoring the backup of ${manifest.createdAt} from ${folder}`)
  log(`into the database ${redactUrl(databaseUrl)} and the uploads folder ${uploads}`)
  const client = await connectClient(databaseUrl)
  try {
    const target = await inspectTarget(client, uploads)
    if (!force && (target.tablesWithRows.length > 0 || target.uploadCount > 0)) {
      const holds = [
        target.tablesWithRows.length ? `rows in ${target.tablesWithRows.length} tables` : '',
        target.uploadCount ? `${target.uploadCount} uploaded files` : '',
      ].filter(Boolean)
      throw new StartupError(
        `The target already holds content (${holds.join(' and ')}), which a restore replaces: back it up first (npm run db:backup), then restore with --force; ${UNCHANGED}.`,
      )
    }
    const applied = target.migrations ?? []
    if (applied.some((name, index) => code[index] !== name)) {
      throw new StartupError(
        `The database has migrations this code does not have (${applied.filter((name) => !code.includes(name)).join(', ') || 'in another order'}), so it needs the portal version that made them; ${UNCHANGED}.`,
      )
    }
    if (applied.length < code.length) {
      log(`Applying ${code.length - applied.length} migrations first`)
      await migrate()
    }
    await checkSchema(client, manifest)
    const order = await loadOrder(client, manifest.tables.map((table) => table.name))
    const byName = new Map(manifest.tables.map((table) => [table.name, table]))

    const staging = `${uploads}.restoring-${process.pid}`
    const replaced = `${uploads}.replaced-${process.pid}`
    try {
      await stageUploads(folder, manifest, staging)
      await client.query('begin')
      await client.query(SESSION_SETTINGS)
      await client.query(`truncate ${order.map(qualified).join(', ')}`)
      for (const name of order) await loadTable(client, folder, byName.get(name)!)
      for (const sequence of manifest.sequences) {
        await client.query('select setval($1::regclass, $2, $3)', [qualified(sequence.name), sequence.lastValue, sequence.isCalled])
      }
      // Swap the folders last, then commit; if the commit fails, the old folder goes back.
      const undoSwap = swapFolder(staging, uploads, replaced)
      try {
        await client.query('commit')
      } catch (error) {
        undoSwap()
        throw error
      }
      fs.rmSync(replaced, { recursive: true, force: true })
    } catch (error) {
      await client.query('rollback').catch(() => {})
      throw error
    } finally {
      fs.rmSync(staging, { recursive: true, force: true })
    }
  } finally {
    await client.end().catch(() => {})
  }
  return {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    uploads: manifest.uploads.length,
  }
}
