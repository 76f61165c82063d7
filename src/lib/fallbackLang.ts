import { htmlLang, type Locale } from '@/i18n/locales'

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/g

/**
 * The `lang` of a text shown on a page in `locale`: Payload falls back to Chinese where the
 * English is missing, and such text must be marked as Chinese (for screen readers and fonts).
 * Undefined when the text is in the page's own language.
 */
export function fallbackLang(text: string | null | undefined, locale: Locale): string | undefined {
  if (locale === 'zh' || !text) return undefined
  const letters = text.replace(/[\s\p{P}\d]/gu, '').length
  return letters > 0 && (text.match(cjk)?.length ?? 0) / letters > 0.3 ? htmlLang.zh : undefined
}

/** Plain text of Lexical rich text, to tell its language. */
export function richTextPlain(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  const node = value as { text?: unknown; children?: unknown[]; root?: unknown }
  if (typeof node.text === 'string') return node.text
  if (node.root) return richTextPlain(node.root)
  return (node.children ?? []).map(richTextPlain).join(' ')
}
