import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'

// Generated migrations declare typed arguments where Payload's `Migration` type says `unknown`.
const committedMigrations = migrations as unknown as Migration[]

/** Applies the committed migrations that have not run yet (imported, so no loader is needed). */
export function applyMigrations(payload: Payload): Promise<void> {
  return payload.db.migrate({ migrations: committedMigrations })
}
