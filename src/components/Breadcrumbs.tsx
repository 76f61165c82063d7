import { getLocale, getTranslations } from 'next-intl/server'

import { getPathname, Link } from '@/i18n/navigation'
import { siteUrl } from '@/lib/metadata'

import { JsonLd } from './JsonLd'

type Crumb = { label: string; href?: string }

/** Where the page sits, as a trail of links and as a schema.org BreadcrumbList. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const [t, locale] = await Promise.all([getTranslations('Breadcrumbs'), getLocale()])
  const trail = [{ label: t('home'), href: '/' }, ...items]
  return (
    <nav aria-label={t('label')} className="breadcrumbs">
      <ol>
        {trail.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            {item.href && index < trail.length - 1 ? (
              <Link href={item.href}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
      <JsonLd
        data={{
          '@type': 'BreadcrumbList',
          itemListElement: trail.map((item, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            name: item.label,
            ...(item.href && { item: new URL(getPathname({ href: item.href, locale }), siteUrl()).toString() }),
          })),
        }}
      />
    </nav>
  )
}
