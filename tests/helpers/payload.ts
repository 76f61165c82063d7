import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { applyMigrations } from '@/server/migrate'

let ready: Promise<Payload> | undefined

/** Payload on the run's throwaway database, migrated with the committed migrations. */
export function getTestPayload(): Promise<Payload> {
  ready ??= (async () => {
    const payload = await getPayload({ config })
    await applyMigrations(payload)
    return payload
  })()
  return ready
}
