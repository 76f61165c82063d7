import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, ServerProps } from 'payload'

const needsTranslation = ['missing', 'outdated'] as const
const newestShown = 5

type Row = {
  slug: string
  label: string
  counts: Record<(typeof needsTranslation)[number], number>
  newest: { id: number | string; title: string; updatedAt: string }[]
}

/**
 * The translator's dashboard: for each collection with an English status (and the UI strings),
 * how many documents lack English or have outdated English, and the newest of them with links.
 * Counts are of the saved documents: an English draft waiting for an editor still counts.
 */
export async function TranslationDashboard({ payload, i18n }: ServerProps) {
  const t = i18n.t as (key: string) => string
  const admin = payload.config.routes.admin
  const tracked = payload.config.collections
    .map((collection) => {
      const statusField = collection.fields.find((field) => 'name' in field && (field.name === 'englishStatus' || field.name === 'enStatus'))
      return statusField && 'name' in statusField ? { collection, statusField: statusField.name } : null
    })
    .filter((entry) => entry !== null)

  const rows: Row[] = await Promise.all(
    tracked.map(async ({ collection, statusField }) => {
      const slug = collection.slug as CollectionSlug
      const count = async (status: string) =>
        (await payload.count({ collection: slug, where: { [statusField]: { equals: status } }, overrideAccess: true })).totalDocs
      const [missing, outdated] = await Promise.all(needsTranslation.map(count))
      const { docs } = await payload.find({
        collection: slug,
        where: { [statusField]: { in: [...needsTranslation] } },
        sort: '-updatedAt',
        limit: newestShown,
        depth: 0,
        locale: 'zh',
        overrideAccess: true,
      })
      const titleField = collection.admin.useAsTitle ?? 'id'
      return {
        slug,
        label: getTranslation(collection.labels.plural, i18n),
        counts: { missing: missing!, outdated: outdated! },
        newest: docs.map((doc) => {
          const record = doc as unknown as Record<string, unknown>
          return {
            id: doc.id,
            title: String(record[titleField] ?? doc.id),
            updatedAt: String(record.updatedAt ?? ''),
          }
        }),
      }
    }),
  )
  const pending = rows.filter((row) => row.counts.missing + row.counts.outdated > 0)

  return (
    <section className="translation-dashboard" aria-labelledby="translation-dashboard-title">
      <h2 id="translation-dashboard-title">{t('custom:dashboardTitle')}</h2>
      {pending.length === 0 ? (
        <p>{t('custom:dashboardNothing')}</p>
      ) : (
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
            {pending.map((row) => {
              const list = `${admin}/collections/${row.slug}`
              const statusField = tracked.find(({ collection }) => collection.slug === row.slug)!.statusField
              return (
                <tr key={row.slug}>
                  <th scope="row">
                    <a href={`${list}?where[${statusField}][in][0]=missing&where[${statusField}][in][1]=outdated`}>{row.label}</a>
                  </th>
                  <td>
                    <a href={`${list}?where[${statusField}][equals]=missing`}>{row.counts.missing}</a>
                  </td>
                  <td>
                    <a href={`${list}?where[${statusField}][equals]=outdated`}>{row.counts.outdated}</a>
                  </td>
                  <td>
                    <ul>
                      {row.newest.map((doc) => (
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
      )}
    </section>
  )
}
