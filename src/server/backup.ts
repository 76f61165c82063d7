/**
 * Writes a backup folder (see backupFormat.ts) of the database and the uploads folder. The tables
 * are read in one READ ONLY REPEATABLE READ transaction, so they come from a single snapshot.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import {
  appliedMigrations,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupSequence,
  type BackupTable,
  copyFileHashed,
  hashingStream,
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
import { copyTo } from './pgCopy'

export type BackupOptions = { databaseUrl: string; uploadsDir: string; target: string; log?: (line: string) => void }

/**
 * Backs up the database in `databaseUrl` and the files in `uploadsDir` into the new folder
 * `target`. It is written as `<target>.partial` and renamed when complete, so a folder named
 * `target` is always a whole backup.
 */
export async function createBackup({ databaseUrl, uploadsDir, target, log = () => {} }: BackupOptions): Promise<BackupManifest> {
  const folder = path.resolve(target)
  if (fs.existsSync(folder)) throw new StartupError(`${folder} already exists; a backup never overwrites, so name a new folder.`)
  const partial = `${folder}.partial`
  fs.rmSync(partial, { recursive: true, force: true })
  fs.mkdirSync(path.join(partial, 'tables'), { recursive: true })
  log(`Backing up ${redactUrl(databaseUrl)} and ${uploadsDir} into ${folder}`)
  try {
    const database = await dumpDatabase(databaseUrl, partial)
    const uploads = []
    for (const file of listFiles(uploadsDir)) {
      uploads.push({ path: file, ...(await copyFileHashed(path.join(uploadsDir, file), path.join(partial, UPLOADS_FOLDER, file))) })
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source: redactUrl(databaseUrl),
      ...database,
      uploads,
    }
    fs.writeFileSync(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    fs.renameSync(partial, folder)
    return manifest
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

async function dumpDatabase(databaseUrl: string, folder: string) {
  const client = await connectClient(databaseUrl)
  try {
    await client.query('begin isolation level repeatable read read only')
    await client.query(SESSION_SETTINGS)
    const migrations = await appliedMigrations(client)
    if (!migrations) {
      throw new StartupError(`The database ${redactUrl(databaseUrl)} has no portal tables (no payload_migrations): nothing to back up.`)
    }
    const serverVersion = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version
    const tables: BackupTable[] = []
    for (const { name, columns } of await listTables(client)) {
      const gzip = zlib.createGzip()
      const hashing = hashingStream()
      const columnList = columns.map(quoteIdentifier).join(', ')
      const [rows] = await Promise.all([
        copyTo(client, `copy ${qualified(name)} (${columnList}) to stdout`, gzip),
        pipeline(gzip, hashing.stream, fs.createWriteStream(path.join(folder, tableFile(name)))),
      ])
      tables.push({ name, columns, rows, ...hashing.result() })
    }
    // Sequences are not transactional: this reads their current values, which are at least the
    // snapshot's, so restored ids never collide with restored rows.
    const sequences: BackupSequence[] = []
    for (const name of await listSequences(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `select last_value::text, is_called from ${qualified(name)}`,
      )
      sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called })
    }
    await client.query('commit')
    return { serverVersion, migrations, tables, sequences }
  } finally {
    await client.end().catch(() => {})
  }
}
