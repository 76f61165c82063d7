import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

type Crumb = { label: string; href?: string }

export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('Breadcrumbs')
  return (
    <nav aria-label={t('label')} className="breadcrumbs">
      <ol>
        <li>
          <Link href="/">{t('home')}</Link>
        </li>
        {items.map((item) => (
          <li key={item.label}>{item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}</li>
        ))}
      </ol>
    </nav>
  )
}
