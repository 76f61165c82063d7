import type { Payload } from 'payload'

import { glossaryEntries } from './content/glossary'

/**
 * Adds the glossary terms that are missing (matched by the Chinese term); entries translators
 * changed or added stay as they are. Part of every seed, production included: the glossary is the
 * house style, not demo content.
 */
export async function seedGlossary(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'glossary', pagination: false, depth: 0, select: { zh: true } })
  const existing = new Set(docs.map((doc) => doc.zh))
  const missing = glossaryEntries.filter((entry) => !existing.has(entry.zh))
  for (const entry of missing) await payload.create({ collection: 'glossary', data: entry })
  return missing.length
}
