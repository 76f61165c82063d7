import type { PostgresAdapter } from '@payloadcms/db-postgres'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'

const migrationDir = path.resolve('src/migrations')

describe('committed migrations', () => {
  it('describe exactly the schema that the collections define', async () => {
    const payload = await getTestPayload()
    const db = payload.db as unknown as PostgresAdapter
    // The comparison `payload migrate:create` makes: the latest migration's schema snapshot
    // against the schema built from the current config. Any statement means a missing migration.
    const latest = fs.readdirSync(migrationDir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latest, 'no migration snapshot in src/migrations').toBeDefined()
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const current = await generateDrizzleJson(db.schema)
    let committed = JSON.parse(fs.readFileSync(path.join(migrationDir, latest!), 'utf8'))
    if (upSnapshot && committed.version < current.version) committed = upSnapshot(committed)
    const statements = await generateMigration(committed, current)
    expect(statements, 'run `npm run migrate:create -- <name>` and commit the migration').toEqual([])
  })
})
