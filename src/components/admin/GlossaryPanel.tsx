import type { CollectionSlug, UIFieldServerProps } from 'payload'

import { localizedText } from '@/collections/shared/translationStatus'
import { checkGlossary } from '@/i18n/glossary'

/**
 * Beside a translatable document: the glossary terms its Chinese uses, with the house English
 * rendering, and a warning for each one the English does not use. It reads the saved Chinese and
 * English (drafts included) and is refreshed whenever the document is saved.
 */
export async function GlossaryPanel({ payload, collectionSlug, id, i18n }: UIFieldServerProps) {
  if (id === undefined) return null
  const collection = payload.collections[collectionSlug as CollectionSlug]
  const read = (locale: 'zh' | 'en') =>
    payload.findByID({ collection: collection.config.slug, id, locale, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
  const [zh, en, { docs: terms }] = await Promise.all([
    read('zh'),
    read('en'),
    payload.find({ collection: 'glossary', pagination: false, depth: 0, overrideAccess: true }),
  ])
  const findings = checkGlossary(terms, localizedText(collection.config.fields, zh), localizedText(collection.config.fields, en))
  const t = i18n.t as (key: string, vars?: Record<string, string>) => string
  const glossaryUrl = `${payload.config.routes.admin}/collections/glossary`
  return (
    <section className="glossary-panel" aria-labelledby="glossary-panel-title">
      <h3 id="glossary-panel-title">
        <a href={glossaryUrl}>{t('custom:glossaryTitle')}</a>
      </h3>
      {findings.length === 0 ? (
        <p>{t('custom:glossaryNoTerms')}</p>
      ) : (
        <ul>
          {findings.map(({ term, expected, rendered }) => (
            <li key={`${term.zh}:${expected[0]}`} className={rendered ? undefined : 'glossary-panel__warning'}>
              {term.zh} → {expected[0]}
              {rendered ? null : <strong> {t('custom:glossaryNotRendered')}</strong>}
              {term.note ? <small> ({term.note})</small> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
