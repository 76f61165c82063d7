import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { defaultLocale, isLocale } from '@/i18n/locales'

/** Leaves preview and returns to the page the editor was on (a path on this site only). */
export async function POST(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const referer = URL.parse(request.headers.get('referer') ?? '')
  const sameSite = referer && referer.origin === new URL(request.url).origin
  const locale = referer?.pathname.split('/')[1]
  redirect(sameSite && isLocale(locale) ? `${referer.pathname}${referer.search}` : `/${defaultLocale}`)
}
