/**
 * ICU message checks shared by `npm run i18n:check` (the files in messages/) and the admin's
 * UI-string overrides (checked when saved): a value must parse, and a translation must use the
 * same placeholders and rich-text tags as the Chinese.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

export type MessageTree = { [key: string]: string | MessageTree }

/** Placeholders a translation may lack, with the reason. */
export const placeholderExceptions: Record<string, { reason: string; names: string[] }> = {
  'Indicator.value': { reason: 'the Chinese measure word (量词) has no English counterpart', names: ['measure'] },
}

/** `{ a: { b: 'x' } }` → `a.b` → `'x'`. */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(full, value)
    else for (const [k, v] of flattenMessages(value, full)) out.set(k, v)
  }
  return out
}

/** Argument and tag names in an ICU message, at any depth. */
function collectPlaceholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      found.add(element.value)
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(element.value)
      for (const option of Object.values(element.options)) collectPlaceholders(option.value, found)
    } else if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`)
      collectPlaceholders(element.children, found)
    }
  }
  return found
}

export type ParsedMessage = { ok: true; placeholders: Set<string> } | { ok: false; error: string }

/** The message's placeholders, or the parser's reason why it is not valid ICU. */
export function parseMessage(value: string): ParsedMessage {
  try {
    return { ok: true, placeholders: collectPlaceholders(parse(value)) }
  } catch (error) {
    if (!(error instanceof Error)) return { ok: false, error: String(error) }
    // The parser names the problem (EXPECT_ARGUMENT_CLOSING_BRACE …) and where it found it.
    const offset = (error as Error & { location?: { start?: { offset?: number } } }).location?.start?.offset
    return { ok: false, error: offset === undefined ? error.message : `${error.message} @ ${offset + 1}` }
  }
}

export type PlaceholderDifference = { missing: string[]; extra: string[] }

/**
 * What a translation lacks and adds compared with the Chinese placeholders (`allowedMissing`, the
 * key's exceptions, left out); null when they match.
 */
export function comparePlaceholders(
  chinese: Set<string>,
  translation: Set<string>,
  allowedMissing: string[] = [],
): PlaceholderDifference | null {
  const allowed = new Set(allowedMissing)
  const missing = [...chinese].filter((name) => !translation.has(name) && !allowed.has(name))
  const extra = [...translation].filter((name) => !chinese.has(name))
  return missing.length || extra.length ? { missing, extra } : null
}
