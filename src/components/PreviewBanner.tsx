import { getTranslations } from 'next-intl/server'

import { getPreviewUser } from '@/lib/data/preview'

import { LivePreviewListener } from './LivePreviewListener'

/** Shown while an editor previews drafts: says so, and offers the way out. */
export async function PreviewBanner() {
  const user = await getPreviewUser()
  if (!user) return null
  const t = await getTranslations('Preview')
  return (
    <div className="preview-banner" role="status">
      <p>{t('banner', { email: user.email })}</p>
      <form method="post" action="/preview/exit">
        <button type="submit">{t('exit')}</button>
      </form>
      <LivePreviewListener />
    </div>
  )
}
