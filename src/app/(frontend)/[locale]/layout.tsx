import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { htmlLang, isLocale } from '@/i18n/locales'
import { getSiteSettings } from '@/lib/data/site'
import { siteUrl } from '@/lib/metadata'

import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages render on their first request and are then cached, so the build needs no database.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  return {
    metadataBase: siteUrl(),
    title: { default: settings.siteName, template: `%s | ${settings.siteName}` },
    description: settings.tagline,
    openGraph: { siteName: settings.siteName },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Site' })

  return (
    <html lang={htmlLang[locale]}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* No NextIntlClientProvider: no client component uses next-intl, so none of it is sent. */}
        <PreviewBanner />
        <SiteHeader locale={locale} />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
