import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { getNavigation, getSiteSettings } from '@/lib/data/site'
import { publicPaths } from '@/lib/paths'

import { LocaleSwitcher } from './LocaleSwitcher'
import { SmartLink } from './SmartLink'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [settings, navigation, nav, switcher, search] = await Promise.all([
    getSiteSettings(locale),
    getNavigation(locale),
    getTranslations({ locale, namespace: 'Navigation' }),
    getTranslations({ locale, namespace: 'LocaleSwitcher' }),
    getTranslations({ locale, namespace: 'Search' }),
  ])
  const otherLocale = locales.find((code) => code !== locale) ?? locale
  const links = navigation.header?.map((item) => (
    <li key={item.id}>
      <SmartLink href={item.href}>{item.label}</SmartLink>
    </li>
  ))

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-name">
          {settings.siteName}
        </Link>
        <div className="site-header__tools">
          <Link href={publicPaths.search()} className="header-search">
            {search('title')}
          </Link>
          <LocaleSwitcher
            targetLocale={otherLocale}
            label={switcher('switchTo')}
            lang={switcher('switchToLang')}
            ariaLabel={switcher('label')}
          />
        </div>
        {/* A disclosure, not a script: the menu opens by keyboard and without JavaScript. */}
        <details className="mobile-menu">
          <summary>{nav('menu')}</summary>
          <nav aria-label={nav('label')}>
            <ul className="nav-list nav-list--stacked">{links}</ul>
          </nav>
        </details>
        <nav aria-label={nav('label')} className="desktop-nav">
          <ul className="nav-list">{links}</ul>
        </nav>
      </div>
    </header>
  )
}
