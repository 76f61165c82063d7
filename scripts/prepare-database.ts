/** Applies pending migrations and seeds demo content into an empty database. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoContent } from '../src/seed'
import { describeConnectionError } from '../src/server/database'
import { applyMigrations } from '../src/server/migrate'
import { StartupError } from '../src/server/errors'

async function main() {
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    await seedDemoContent(payload, { withDemoUsers: process.env.NODE_ENV !== 'production' })
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
