import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { notFoundMetadata, notFoundPage } from '@/components/NotFoundView'
import { isLocale } from '@/i18n/locales'

export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? notFoundMetadata(locale) : {}
}

// Any path under a locale that no route claims: that locale's not-found page, with status 404.
export default async function CatchAll({ params }: Props) {
  const { locale } = await params
  if (isLocale(locale)) setRequestLocale(locale)
  return notFoundPage()
}
