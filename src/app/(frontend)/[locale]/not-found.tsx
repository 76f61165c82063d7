import { getTranslations } from 'next-intl/server'

import { SearchForm } from '@/components/SearchForm'
import { Link } from '@/i18n/navigation'

export default async function LocalizedNotFound() {
  const t = await getTranslations('NotFound')
  return (
    <section className="not-found">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>{t('search')}</p>
      <SearchForm />
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </section>
  )
}
