import { getTranslation } from '@payloadcms/translations'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { translationLocale } from '@/access/canUpdateContent'
import { isTranslatorOnly } from '@/access/roles'
import { uiStringsAdminUrl, uiStringsApiUrl } from '@/collections/UiStrings/adminPaths'
import { defaultLocale } from '@/i18n/locales'

import { UiStringExport } from './UiStringExport'
import { UiStringImportForm, type ImportLanguage } from './UiStringImportForm'

/**
 * The import page of the UI strings (a custom view of the collection): export links, then a form
 * that previews a JSON or XLIFF file and applies it on confirmation. Translators import English
 * only; whoever may not change UI strings gets Payload's "not allowed".
 */
export function UiStringImportView({ initPageResult, i18n, payload }: AdminViewServerProps) {
  const t = i18n.t as (key: string) => string
  const { permissions, req } = initPageResult
  if (!permissions.collections?.['ui-strings']?.update) {
    return (
      <Gutter>
        <p>{t('error:notAllowedToPerformAction')}</p>
      </Gutter>
    )
  }
  const { serverURL, routes, localization } = payload.config
  const listUrl = uiStringsAdminUrl(routes.admin)
  const localeLabels = localization ? localization.locales : []
  // English first: importing translations is the usual case, and the only one for translators.
  const importable = isTranslatorOnly(req.user) ? [translationLocale] : [translationLocale, defaultLocale]
  const languages: ImportLanguage[] = importable.map((code) => ({ code, label: getTranslation(localeLabels.find((locale) => locale.code === code)?.label ?? code, i18n) }))
  const collectionLabel = getTranslation(payload.collections['ui-strings'].config.labels.plural, i18n)
  const title = t('custom:uiStringImportTitle')
  return (
    <Gutter className="ui-string-import">
      <SetStepNav nav={[{ label: collectionLabel, url: listUrl }, { label: title }]} />
      <h1>{title}</h1>
      <p>{t('custom:uiStringImportIntro')}</p>
      <UiStringExport payload={payload} i18n={i18n} linkToImport={false} />
      <UiStringImportForm endpoint={`${uiStringsApiUrl(serverURL, routes.api)}/import`} languages={languages} listUrl={listUrl} />
    </Gutter>
  )
}
