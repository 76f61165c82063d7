import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { feedPath } from '@/lib/paths'

/** A visible link to the news feed of this locale (the <head> link is in the layout's metadata). */
export async function FeedLink({ locale }: { locale: Locale }) {
  const t = await getTranslations('News')
  return (
    <p>
      <a href={feedPath(locale)} className="feed-link" type="application/rss+xml">
        {t('feed')}
      </a>
    </p>
  )
}
