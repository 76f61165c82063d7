import type { Metadata } from 'next'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { htmlLang } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
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
  if (!hasLocale(routing.locales, locale)) return {}
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
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Site' })

  return (
    <html lang={htmlLang[locale]}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* Client components get their words as props: no message catalogue in every page. */}
        <NextIntlClientProvider messages={null}>
          <PreviewBanner />
          <SiteHeader locale={locale} />
          <main id="main" className="container">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
