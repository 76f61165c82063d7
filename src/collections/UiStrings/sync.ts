import type { Payload } from 'payload'

import { defaultMessageTexts, type MessageTexts } from '@/i18n/messages'

/**
 * Makes the `ui-strings` rows match the message files: one row per key, the defaults as they are
 * in messages/*.json now (a deploy may change them), rows of removed keys deleted. Overrides stay.
 * Runs at every start (scripts/prepare-database.ts); returns how many rows it changed.
 */
export async function syncUiStrings(payload: Payload, defaults: MessageTexts = defaultMessageTexts): Promise<number> {
  const { docs } = await payload.find({ collection: 'ui-strings', pagination: false, depth: 0 })
  const rows = new Map(docs.map((doc) => [doc.key, doc]))
  // No audit entries or cache expiry for the files' own state; the pages are rebuilt by a deploy.
  const context = { audit: false, disableRevalidate: true }
  let changed = 0
  for (const [key, zhDefault] of defaults.zh) {
    const enDefault = defaults.en.get(key) ?? ''
    const row = rows.get(key)
    rows.delete(key)
    if (!row) await payload.create({ collection: 'ui-strings', data: { key, zhDefault, enDefault }, context })
    else if (row.zhDefault !== zhDefault || row.enDefault !== enDefault)
      await payload.update({ collection: 'ui-strings', id: row.id, data: { zhDefault, enDefault }, context })
    else continue
    changed++
  }
  for (const row of rows.values()) {
    await payload.delete({ collection: 'ui-strings', id: row.id, context })
    changed++
  }
  return changed
}
