import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { defaultLocale, isLocale } from '@/i18n/locales'

/** Leaves preview: the exit form on the preview banner posts here with the page to return to. */
export async function POST(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const form = await request.formData()
  const path = String(form.get('path') ?? '')
  const [, locale] = path.split('/')
  // Only a path on this site, never another origin.
  redirect(path.startsWith('/') && !path.startsWith('//') && isLocale(locale) ? path : `/${defaultLocale}`)
}
