import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

import { migrations } from '@/migrations'

const noStore = { 'cache-control': 'no-store' }

/** `GET /api/health`: the process is up and answering (liveness; touches nothing else). */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok' }, { headers: noStore }),
}

/**
 * `GET /api/ready`: the database answers and every committed migration has been applied, so the
 * instance can take traffic (readiness). 503 with the reason otherwise.
 */
export const readyEndpoint: Endpoint = {
  path: '/ready',
  method: 'get',
  handler: async (req) => {
    try {
      const db = req.payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<{ rows: { name: string }[] }> } }
      const { rows } = await db.drizzle.execute(sql`select name from payload_migrations`)
      const applied = new Set(rows.map((row) => row.name))
      const pending = migrations.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name)
      if (pending.length > 0) return Response.json({ status: 'migrations pending', pending }, { status: 503, headers: noStore })
      return Response.json({ status: 'ready' }, { headers: noStore })
    } catch {
      return Response.json({ status: 'database unreachable' }, { status: 503, headers: { ...noStore, 'retry-after': '10' } })
    }
  },
}
