/**
 * The glossary check: for each term the Chinese text uses, whether the English text uses the
 * glossary's rendering of it. Case, quote style and spacing do not count as a difference.
 */
export type GlossaryTerm = { zh: string; en: string; note?: string | null; checked?: boolean | null }

export type GlossaryFinding = { term: GlossaryTerm; expected: string[]; rendered: boolean }

/** `成渝科技创新走廊（成渝科创走廊）` → both forms; `川渝 / 成渝` → each. */
function chineseForms(zh: string): string[][] {
  return zh.split(' / ').map((form) => {
    const short = /^(.+?)（(.+)）$/.exec(form.trim())
    return short ? [short[1]!, short[2]!] : [form.trim()]
  })
}

/**
 * `China Electronics Corporation (CEC)` → the name with and without its abbreviation;
 * `government services` → also `government service` (as in "government service items").
 */
function englishForms(en: string): string[] {
  const trimmed = en.trim()
  const withoutAbbreviation = trimmed.replace(/\s*\([^)]*\)$/, '')
  const forms = withoutAbbreviation === trimmed ? [trimmed] : [trimmed, withoutAbbreviation]
  return forms.flatMap((form) => (/[a-z]s$/.test(form) ? [form, form.slice(0, -1)] : [form]))
}

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‛′]/g, "'")
    .replace(/\s+/g, ' ')

/**
 * Findings for every checked term that occurs in the Chinese. Longer forms are looked for first
 * and blanked out once found, so 中国电子 inside 中国电子重庆信创产业示范基地 counts as part of the
 * longer term only.
 */
export function checkGlossary(terms: GlossaryTerm[], chinese: string, english: string): GlossaryFinding[] {
  const target = comparable(english)
  const candidates = terms
    .filter((term) => term.checked !== false)
    .flatMap((term) => {
      const zhGroups = chineseForms(term.zh)
      const enAlternatives = term.en.split(' / ')
      // Paired alternatives (川渝 / 成渝 ↔ Sichuan-Chongqing / Chengdu-Chongqing) check each pair.
      const paired = zhGroups.length > 1 && zhGroups.length === enAlternatives.length
      return zhGroups.flatMap((forms, index) => {
        const expected = (paired ? [enAlternatives[index]!] : enAlternatives).flatMap(englishForms)
        return forms.map((form) => ({ term, form, expected, id: `${term.zh}#${index}` }))
      })
    })
    .sort((a, b) => b.form.length - a.form.length)
  let source = chinese
  const findings = new Map<string, GlossaryFinding>()
  for (const { term, form, expected, id } of candidates) {
    if (!source.includes(form)) continue
    source = source.replaceAll(form, '\u0000')
    if (!findings.has(id)) findings.set(id, { term, expected, rendered: expected.some((e) => target.includes(comparable(e))) })
  }
  return [...findings.values()]
}
