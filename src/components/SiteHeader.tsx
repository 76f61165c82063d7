import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'

import { LocaleSwitcher } from './LocaleSwitcher'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [site, nav, switcher] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Navigation' }),
    getTranslations({ locale, namespace: 'LocaleSwitcher' }),
  ])
  const otherLocale = locales.find((code) => code !== locale) ?? locale

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-name">
          {site('name')}
        </Link>
        <nav aria-label={nav('label')}>
          <ul className="nav-list">
            <li>
              <Link href="/">{nav('home')}</Link>
            </li>
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
