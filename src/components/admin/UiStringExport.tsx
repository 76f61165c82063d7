import type { BeforeListTableServerProps } from 'payload'

const downloads = [
  { query: 'format=json&locale=en', label: 'JSON (en)' },
  { query: 'format=json&locale=zh', label: 'JSON (zh)' },
  { query: 'format=xliff', label: 'XLIFF 1.2 (zh → en)' },
]

/** Download links for the UI strings in use (src/collections/UiStrings/endpoints.ts). */
export function UiStringExport({ payload, i18n, collectionSlug }: BeforeListTableServerProps) {
  const t = i18n.t as (key: string) => string
  const base = `${payload.config.serverURL}${payload.config.routes.api}/${collectionSlug}/export`
  return (
    <p className="translation-filters">
      {t('custom:uiStringExport')}
      {downloads.map(({ query, label }) => (
        <a key={query} href={`${base}?${query}`} download>
          {label}
        </a>
      ))}
    </p>
  )
}
