import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaffUser } from '@/access/roles'
import { adminTranslations } from '@/i18n/adminTranslations'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { documentPath, slugPattern, type PreviewableCollection } from '@/lib/paths'

const previewable: PreviewableCollection[] = ['news', 'projects', 'policies', 'pages', 'milestones', 'indicators']

/**
 * The admin's "Preview" and live preview open this: with a valid staff session it turns on draft
 * mode and redirects to the document's public page, built from known parts only (no open redirect).
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  const collection = params.get('collection') as PreviewableCollection | null
  const locale = params.get('locale') ?? defaultLocale
  const slug = params.get('slug')
  if (!collection || !previewable.includes(collection) || !isLocale(locale) || (slug !== null && !slugPattern.test(slug))) {
    return new Response(null, { status: 400 })
  }

  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isStaffUser(user)) {
    return new Response(adminTranslations[locale].custom.previewForbidden, {
      status: 401,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }

  ;(await draftMode()).enable()
  redirect(`/${locale}${documentPath(collection, slug)}`)
}
