import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getNavigation, getSiteSettings } from '@/lib/data/site'

import { SmartLink } from './SmartLink'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [settings, navigation, t] = await Promise.all([
    getSiteSettings(locale),
    getNavigation(locale),
    getTranslations({ locale, namespace: 'Footer' }),
  ])
  const contact = settings.contact
  return (
    <footer className="site-footer">
      <div className="container">
        {navigation.footer?.length ? (
          <nav aria-label={t('navigation')}>
            <ul className="nav-list">
              {navigation.footer.map((item) => (
                <li key={item.id}>
                  <SmartLink href={item.href}>{item.label}</SmartLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {contact?.organisation ? <p>{t('organisation', { organisation: contact.organisation })}</p> : null}
        {contact?.address ? <p>{contact.address}</p> : null}
        {contact?.phone ? <p>{t('phone', { phone: contact.phone })}</p> : null}
        {contact?.email ? (
          <p>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </p>
        ) : null}
        {settings.officialAccounts?.length ? (
          <ul className="nav-list">
            {settings.officialAccounts.map((account) => (
              <li key={account.id}>
                <SmartLink href={account.url}>{account.name}</SmartLink>
              </li>
            ))}
          </ul>
        ) : null}
        {settings.footerNote ? <p>{settings.footerNote}</p> : null}
        <p>{t('copyright', { year: new Date().getFullYear(), siteName: settings.siteName })}</p>
        {settings.icpNumber ? <p>{settings.icpNumber}</p> : null}
      </div>
    </footer>
  )
}
