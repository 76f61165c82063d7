/**
 * `npm run seed:bulk -- --news 100000 [--projects N] [--policies N]`: synthetic published
 * documents for measuring the portal at scale (src/seed/bulk.ts), on their own embedded Postgres
 * (`.data/bulk-postgres`, port 54371, set by the npm script) or DATABASE_URL. Applies the
 * migrations and seeds the demo content first when the database is empty. A second run with the
 * same counts changes nothing; other counts add or remove synthetic documents.
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import { hasContent, seedDemoContent } from '../src/seed'
import { bulkCollections, seedBulkContent, type BulkCounts } from '../src/seed/bulk'
import { runScript } from '../src/server/cli'
import { StartupError } from '../src/server/errors'
import { applyMigrations } from '../src/server/migrate'
import { importPayloadConfig } from '../src/server/payloadConfig'
import { parseScriptArguments } from './scriptArguments'

const usage = 'Usage: npm run seed:bulk -- --news 100000 [--projects N] [--policies N]'

function counts(): BulkCounts {
  const { values } = parseScriptArguments(
    () => parseArgs({ options: Object.fromEntries(bulkCollections.map((collection) => [collection, { type: 'string' as const }])) }),
    usage,
  )
  const asked = Object.entries(values).map(([collection, value]) => {
    const count = Number(value)
    if (!Number.isSafeInteger(count) || count < 0) throw new StartupError(`--${collection} takes a whole number. ${usage}`)
    return [collection, count]
  })
  if (asked.length === 0) throw new StartupError(usage)
  return Object.fromEntries(asked)
}

async function main() {
  const asked = counts()
  const started = Date.now()
  const payload = await getPayload({ config: await importPayloadConfig() })
  try {
    await applyMigrations(payload)
    if (!(await hasContent(payload))) {
      console.log('Seeding the demo content …')
      await seedDemoContent(payload, { withDemoUsers: process.env.NODE_ENV !== 'production' })
    }
    await seedBulkContent(payload, asked, (line) => console.log(line))
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await payload.destroy()
  }
}

runScript(main)
