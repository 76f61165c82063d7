import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { getNavigation, getSiteSettings } from '@/lib/data/site'

import { LocaleSwitcher } from './LocaleSwitcher'
import { SmartLink } from './SmartLink'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [settings, navigation, nav, switcher] = await Promise.all([
    getSiteSettings(locale),
    getNavigation(locale),
    getTranslations({ locale, namespace: 'Navigation' }),
    getTranslations({ locale, namespace: 'LocaleSwitcher' }),
  ])
  const otherLocale = locales.find((code) => code !== locale) ?? locale

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-name">
          {settings.siteName}
        </Link>
        <nav aria-label={nav('label')}>
          <ul className="nav-list">
            {navigation.header?.map((item) => (
              <li key={item.id}>
                <SmartLink href={item.href}>{item.label}</SmartLink>
              </li>
            ))}
          </ul>
        </nav>
        <LocaleSwitcher
          targetLocale={otherLocale}
          label={switcher('switchTo')}
          lang={switcher('switchToLang')}
          ariaLabel={switcher('label')}
        />
      </div>
    </header>
  )
}
