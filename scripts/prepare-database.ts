/**
 * Applies pending migrations, brings the UI-string rows in step with messages/*.json, and seeds
 * the demo content that is missing (`npm run seed`, and the dev start, which passes `--if-empty`
 * so content that editors deleted stays deleted); `--reset` removes all content first so the seed
 * starts over.
 */
import { getPayload } from 'payload'

import { syncUiStrings } from '../src/collections/UiStrings/sync'
import { hasContent, seedDemoContent } from '../src/seed'
import { runScript } from '../src/server/cli'
import { applyMigrations } from '../src/server/migrate'
import { importPayloadConfig } from '../src/server/payloadConfig'

async function main() {
  const payload = await getPayload({ config: await importPayloadConfig() })
  try {
    await applyMigrations(payload)
    await syncUiStrings(payload)
    if (process.argv.includes('--if-empty') && (await hasContent(payload))) return
    await seedDemoContent(payload, {
      withDemoUsers: process.env.NODE_ENV !== 'production',
      reset: process.argv.includes('--reset'),
    })
  } finally {
    await payload.destroy()
  }
}

runScript(main)
