import type { ServerProps } from 'payload'

import { uiStringImportUrl, uiStringsApiUrl } from '@/collections/UiStrings/adminPaths'

const downloads = [
  { query: 'format=json&locale=en', label: 'JSON (en)' },
  { query: 'format=json&locale=zh', label: 'JSON (zh)' },
  { query: 'format=xliff', label: 'XLIFF 1.2 (zh → en)' },
]

type Props = Pick<ServerProps, 'payload' | 'i18n'> & {
  /** Off on the import page itself. */
  linkToImport?: boolean
}

/**
 * Download links for the UI strings in use (src/collections/UiStrings/endpoints.ts) and the way to
 * the import form: above the UI-string list and on the import page.
 */
export function UiStringExport({ payload, i18n, linkToImport = true }: Props) {
  const t = i18n.t as (key: string) => string
  const { serverURL, routes } = payload.config
  const base = `${uiStringsApiUrl(serverURL, routes.api)}/export`
  return (
    <p className="translation-filters">
      {t('custom:uiStringExport')}
      {downloads.map(({ query, label }) => (
        <a key={query} href={`${base}?${query}`} download>
          {label}
        </a>
      ))}
      {linkToImport ? <a href={uiStringImportUrl(routes.admin)}>{t('custom:uiStringImportLink')}</a> : null}
    </p>
  )
}
