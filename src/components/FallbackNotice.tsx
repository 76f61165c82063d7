import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { fallbackLang } from '@/lib/fallbackLang'

/** Says so when some of these texts are shown in Chinese on the English site (not yet translated). */
export async function FallbackNotice({ locale, texts }: { locale: Locale; texts: (string | null | undefined)[] }) {
  if (!texts.some((text) => fallbackLang(text, locale))) return null
  const t = await getTranslations('Fallback')
  return (
    <p className="notice" role="note">
      {t('notice')}
    </p>
  )
}
