/**
 * Applies pending migrations, brings the UI-string rows in step with messages/*.json, and seeds
 * the demo content that is missing (`npm run seed`, and the dev start, which passes `--if-empty`
 * so content that editors deleted stays deleted); `--reset` removes all content first so the seed
 * starts over.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { syncUiStrings } from '../src/collections/UiStrings/sync'
import { hasContent, seedDemoContent } from '../src/seed'
import { describeConnectionError } from '../src/server/database'
import { applyMigrations } from '../src/server/migrate'
import { StartupError } from '../src/server/errors'

async function main() {
  const payload = await getPayload({ config })
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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof StartupError) console.error(`✖ ${error.message}`)
    else if ((error as { code?: string })?.code) console.error(`✖ ${describeConnectionError(error, process.env.DATABASE_URL ?? '')}`)
    else console.error(error)
    process.exit(1)
  },
)
