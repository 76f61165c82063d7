import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { localizedText } from '@/collections/shared/translationStatus'
import { checkGlossary, type GlossaryTerm } from '@/i18n/glossary'
import { seedNews } from '@/seed/content'
import { glossaryEntries } from '@/seed/content/glossary'
import { seedGlossary } from '@/seed/glossary'

import { getTestPayload } from '../helpers/payload'

const terms: GlossaryTerm[] = [
  { zh: '联席会议', en: 'joint meeting' },
  { zh: '川渝 / 成渝', en: 'Sichuan-Chongqing / Chengdu-Chongqing' },
  { zh: '中国电子信息产业集团有限公司（中国电子）', en: 'China Electronics Corporation (CEC)' },
  { zh: '一城多园', en: '"one city, multiple parks"' },
  { zh: '亿元', en: '100 million yuan', checked: false },
]

describe('glossary', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('is seeded from shared/seed/glossary.md once, keeping later changes', async () => {
    // Other test files may have seeded already: start from an empty glossary.
    await payload.delete({ collection: 'glossary', where: { id: { exists: true } } })
    expect(await seedGlossary(payload)).toBe(glossaryEntries.length)
    const { docs } = await payload.find({ collection: 'glossary', where: { zh: { equals: '联席会议' } } })
    await payload.update({ collection: 'glossary', id: docs[0]!.id, data: { note: 'changed by a translator' } })
    expect(await seedGlossary(payload)).toBe(0)
    expect((await payload.findByID({ collection: 'glossary', id: docs[0]!.id })).note).toBe('changed by a translator')
  })

  it('warns when the English renders a term differently, and only then', () => {
    const findings = checkGlossary(terms, '两区召开联席会议，一城多园，投资10亿元', 'The two zones held a joint conference; “One city, multiple parks”.')
    expect(findings.map(({ term, rendered }) => [term.zh, rendered])).toEqual([
      ['联席会议', false],
      ['一城多园', true],
    ])
  })

  it('pairs alternatives and accepts a name with or without its abbreviation', () => {
    const sichuan = checkGlossary(terms, '川渝通办', 'Sichuan-Chongqing joint services')
    expect(sichuan.map(({ expected, rendered }) => [expected, rendered])).toEqual([[['Sichuan-Chongqing'], true]])
    const wrongPair = checkGlossary(terms, '川渝合作', 'Chengdu-Chongqing cooperation')
    expect(wrongPair[0]!.rendered).toBe(false)
    expect(checkGlossary(terms, '中国电子', 'China Electronics Corporation signed')[0]!.rendered).toBe(true)
  })

  it('finds no differences in the seeded English news, which follows the glossary', async () => {
    await seedGlossary(payload)
    const { docs: glossary } = await payload.find({ collection: 'glossary', pagination: false })
    const { seedDemoContent } = await import('@/seed')
    await seedDemoContent(payload, { withDemoUsers: false })
    const fields = payload.collections.news.config.fields
    // The seeded items only: other tests create news without English.
    const seeded = seedNews.map((item) => item.slug)
    const { docs: zh } = await payload.find({ collection: 'news', locale: 'zh', where: { slug: { in: seeded } }, pagination: false, depth: 0 })
    expect(zh).toHaveLength(seeded.length)
    const problems: string[] = []
    for (const doc of zh) {
      const en = await payload.findByID({ collection: 'news', id: doc.id, locale: 'en', fallbackLocale: false, depth: 0 })
      for (const { term, expected, rendered } of checkGlossary(glossary, localizedText(fields, doc), localizedText(fields, en))) {
        if (!rendered) problems.push(`${doc.slug}: ${term.zh} → ${expected.join(' | ')}`)
      }
    }
    expect(problems).toEqual([])
  })
})
