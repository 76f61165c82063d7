import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '@/migrations'
import { seedDemoContent } from '@/seed'
import type { BackupManifest } from '@/server/backupFormat'
import { uploadsDir } from '@/server/config'
import { StartupError } from '@/server/errors'
import { restoreBackup } from '@/server/restore'

import { getTestPayload } from '../helpers/payload'

type Result = { code: number; stdout: string; stderr: string }

/** Runs scripts/backup.ts or scripts/restore.ts as `npm run db:*` does, on the test database. */
function runScript(script: 'backup' | 'restore', args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      { env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/**
 * Every row of every table in the public schema as text, sorted, and every sequence's position.
 * Read from the catalog here, not through the backup code, so a table the backup missed shows up.
 */
function databaseState(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const state: Record<string, string[]> = {}
    const tables = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    )
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ row: string }>(`select t::text as row from public.${pg.escapeIdentifier(name)} t order by 1`)
      state[name] = rows.map((row) => row.row)
    }
    const sequences = await client.query<{ name: string; value: string | null }>(
      "select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public'",
    )
    for (const { name, value } of sequences.rows) state[`sequence ${name}`] = [String(value)]
    return state
  })
}

/** Every file under `root` with its bytes. */
function filesState(root: string): Record<string, Buffer> {
  if (!fs.existsSync(root)) return {}
  const files: Record<string, Buffer> = {}
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name)
      files[path.relative(root, full)] = fs.readFileSync(full)
    }
  }
  return files
}

describe('backup and restore', () => {
  const url = process.env.DATABASE_URL!
  const uploads = uploadsDir()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-test-'))
  const backup = path.join(work, 'backup')
  let backupRun: Result
  let original: { database: Record<string, string[]>; files: Record<string, Buffer> }
  let damaged: typeof original

  /** A copy of the backup changed by `change`, for the refusal cases. */
  function alteredBackup(name: string, change: (folder: string, manifest: BackupManifest) => void): string {
    const folder = path.join(work, name)
    fs.cpSync(backup, folder, { recursive: true })
    const manifestFile = path.join(folder, 'manifest.json')
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
    change(folder, manifest)
    if (fs.existsSync(manifestFile)) fs.writeFileSync(manifestFile, JSON.stringify(manifest))
    return folder
  }

  const restoreInProcess = (source: string) =>
    restoreBackup({
      databaseUrl: url,
      uploadsDir: uploads,
      source,
      force: true,
      migrate: () => Promise.reject(new Error('the test database is migrated already')),
    })

  async function expectRefusedAndUnchanged(source: string, message: RegExp) {
    const error = await restoreInProcess(source).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(StartupError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toMatch(/nothing was changed\.$/)
    expect((error as Error).message).not.toContain('\n')
    expect(await databaseState(url)).toEqual(damaged.database)
    expect(filesState(uploads)).toEqual(damaged.files)
  }

  beforeAll(async () => {
    const payload = await getTestPayload()
    await seedDemoContent(payload, { withDemoUsers: true })
    original = { database: await databaseState(url), files: filesState(uploads) }
    backupRun = await runScript('backup', [backup])

    // Then the damage: changed, deleted and added rows, a used sequence, lost and altered files.
    await withClient(url, async (client) => {
      await client.query("update news_locales set title = 'overwritten' where _locale = 'zh'")
      await client.query('delete from tags_locales')
      await client.query('delete from news_rels')
      await client.query("insert into categories (scope, slug) select scope, 'stray-category' from categories limit 1")
    })
    const mediaFiles = fs.readdirSync(path.join(uploads, 'media'))
    fs.rmSync(path.join(uploads, 'media', mediaFiles[0]!))
    const pdf = fs.readdirSync(path.join(uploads, 'documents'))[0]!
    fs.writeFileSync(path.join(uploads, 'documents', pdf), 'not the original pdf')
    fs.writeFileSync(path.join(uploads, 'media', 'stray.txt'), 'a file the backup did not have')
    damaged = { database: await databaseState(url), files: filesState(uploads) }
  }, 300_000)

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('backs up every table and every uploaded file, naming the database without its password', () => {
    expect(backupRun).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining(new URL(url).host) })
    if (new URL(url).password) expect(backupRun.stdout).not.toContain(`:${new URL(url).password}@`)

    const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8')) as BackupManifest
    expect(manifest.migrations).toEqual(migrations.map((migration) => migration.name))
    expect(manifest.tables.map((table) => table.name).sort()).toEqual(Object.keys(original.database).filter((key) => !key.startsWith('sequence ')).sort())
    expect(manifest.tables.find((table) => table.name === 'payload_migrations')?.rows).toBe(migrations.length)
    expect(manifest.uploads.map((file) => file.path).sort()).toEqual(Object.keys(original.files).map((file) => file.split(path.sep).join('/')).sort())
    expect(manifest.uploads.length).toBeGreaterThan(10)
    // The test is only as good as the damage: it must have changed rows and files.
    expect(damaged.database).not.toEqual(original.database)
    expect(damaged.files).not.toEqual(original.files)
  })

  it('refuses a backup whose table or upload does not match its checksum, or that lacks a file', async () => {
    const flipped = alteredBackup('flipped-table', (folder) => {
      const file = path.join(folder, 'tables', 'news.copy.gz')
      const bytes = fs.readFileSync(file)
      bytes[bytes.length - 10]! ^= 0xff
      fs.writeFileSync(file, bytes)
    })
    await expectRefusedAndUnchanged(flipped, /damaged or incomplete: tables\/news\.copy\.gz does not match its checksum/)

    const lostUpload = alteredBackup('lost-upload', (folder, manifest) => fs.rmSync(path.join(folder, 'uploads', manifest.uploads[0]!.path)))
    await expectRefusedAndUnchanged(lostUpload, /damaged or incomplete: uploads\/.+ is missing/)

    const noManifest = alteredBackup('no-manifest', (folder) => fs.rmSync(path.join(folder, 'manifest.json')))
    await expectRefusedAndUnchanged(noManifest, /damaged or incomplete: manifest\.json cannot be read/)

    const escaping = alteredBackup('escaping-path', (_folder, manifest) => {
      manifest.uploads[0]!.path = '../../etc/passwd'
    })
    await expectRefusedAndUnchanged(escaping, /lists an upload outside the backup/)
  })

  it('refuses a backup made with other migrations than the code’s', async () => {
    const latest = migrations.at(-1)!.name
    const older = alteredBackup('older-migrations', (_folder, manifest) => {
      manifest.migrations = manifest.migrations.filter((name) => name !== latest)
    })
    await expectRefusedAndUnchanged(older, new RegExp(`does not match this code's migrations \\(the backup lacks ${latest}\\)`))

    const newer = alteredBackup('newer-migrations', (_folder, manifest) => {
      manifest.migrations.push('20991231_000000_from_the_future')
    })
    await expectRefusedAndUnchanged(newer, /the backup has 20991231_000000_from_the_future, which this code does not know/)
  })

  it('does not replace content without --force, and says so in one line', async () => {
    const refused = await runScript('restore', [backup])
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim()).toMatch(/^✖ The target already holds content \(.+\).+--force; nothing was changed\.$/)
    expect(refused.stdout).toContain(new URL(url).host) // it names the database before it refuses
    expect(await databaseState(url)).toEqual(damaged.database)
    expect(filesState(uploads)).toEqual(damaged.files)

    const usage = await runScript('restore', [backup, '--froce'])
    expect(usage.code).toBe(1)
    expect(usage.stderr.trim()).toBe("✖ Unknown option '--froce'. Usage: npm run db:restore -- <backup folder> [--force]")
  })

  it('with --force, brings back every row, sequence and file exactly as backed up', async () => {
    const restored = await runScript('restore', [backup, '--force'])
    expect(restored).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining(`into the database ${new URL(url).protocol}//`) })
    expect(await databaseState(url)).toEqual(original.database)
    expect(filesState(uploads)).toEqual(original.files)
    // No staging or replaced folder is left beside the uploads folder.
    expect(fs.readdirSync(path.dirname(uploads)).filter((name) => name.startsWith(`${path.basename(uploads)}.`))).toEqual([])
  }, 120_000)

  it('restores into an empty database by creating the schema with the migrations first', async () => {
    const fresh = new URL(url)
    fresh.pathname = `${fresh.pathname}_restored`
    const freshUploads = path.join(work, 'fresh-uploads')
    const maintenance = new URL(url)
    maintenance.pathname = '/postgres'
    const database = pg.escapeIdentifier(fresh.pathname.slice(1))
    await withClient(maintenance.toString(), (client) => client.query(`create database ${database}`))
    try {
      const restored = await runScript('restore', [backup], { DATABASE_URL: fresh.toString(), UPLOADS_DIR: freshUploads })
      expect(restored).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(/Applying \d+ migrations first/) })
      expect(await databaseState(fresh.toString())).toEqual(original.database)
      expect(filesState(freshUploads)).toEqual(original.files)
    } finally {
      await withClient(maintenance.toString(), (client) => client.query(`drop database if exists ${database} with (force)`))
    }
  }, 180_000)
})
