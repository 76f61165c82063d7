import { getTranslation } from '@payloadcms/translations'
import type { ServerProps } from 'payload'

import { uiStringImportUrl } from '@/collections/UiStrings/adminPaths'
import { englishStatusOptions } from '@/collections/shared/translationStatus'

import { collectionsNeedingEnglish, globalsNeedingEnglish } from './translationBacklog'

/**
 * The translator's dashboard: for each collection with an English status (and the UI strings),
 * how many documents lack English or have outdated English, and the newest of them with links;
 * the globals whose English is missing or outdated; and the way to import a translated file.
 */
export async function TranslationDashboard({ payload, i18n }: ServerProps) {
  const t = i18n.t as (key: string) => string
  const admin = payload.config.routes.admin
  const [collections, globals] = await Promise.all([collectionsNeedingEnglish(payload), globalsNeedingEnglish(payload)])
  const labelOf = (slug: string) => {
    const collection = payload.collections[slug as keyof typeof payload.collections]
    return getTranslation(collection.config.labels.plural, i18n)
  }
  const globalLabel = (slug: string) => getTranslation(payload.config.globals.find((global) => global.slug === slug)!.label, i18n)
  const statusLabel = (status: string) => getTranslation(englishStatusOptions.find(({ value }) => value === status)!.label, i18n)

  return (
    <section className="translation-dashboard" aria-labelledby="translation-dashboard-title">
      <h2 id="translation-dashboard-title">{t('custom:dashboardTitle')}</h2>
      {collections.length + globals.length === 0 ? <p>{t('custom:dashboardNothing')}</p> : null}
      {collections.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('custom:dashboardCollection')}</th>
              <th scope="col">{t('custom:translationFilterMissing')}</th>
              <th scope="col">{t('custom:translationFilterOutdated')}</th>
              <th scope="col">{t('custom:dashboardNewest')}</th>
            </tr>
          </thead>
          <tbody>
            {collections.map(({ slug, statusField, counts, newest }) => {
              const list = `${admin}/collections/${slug}`
              return (
                <tr key={slug}>
                  <th scope="row">
                    <a href={`${list}?where[${statusField}][in][0]=missing&where[${statusField}][in][1]=outdated`}>{labelOf(slug)}</a>
                  </th>
                  <td>
                    <a href={`${list}?where[${statusField}][equals]=missing`}>{counts.missing}</a>
                  </td>
                  <td>
                    <a href={`${list}?where[${statusField}][equals]=outdated`}>{counts.outdated}</a>
                  </td>
                  <td>
                    <ul>
                      {newest.map((doc) => (
                        <li key={doc.id}>
                          <a href={`${list}/${doc.id}?locale=en`}>{doc.title}</a> <small>({doc.updatedAt.slice(0, 10)})</small>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
      {globals.length > 0 ? (
        <>
          <h3>{t('custom:dashboardGlobals')}</h3>
          <ul className="translation-dashboard__globals">
            {globals.map(({ slug, status }) => (
              <li key={slug}>
                <a href={`${admin}/globals/${slug}?locale=en`}>{globalLabel(slug)}</a>: {statusLabel(status)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href={uiStringImportUrl(admin)}>{t('custom:uiStringImportLink')}</a>
      </p>
    </section>
  )
}
