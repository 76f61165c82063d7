import { getTranslations } from 'next-intl/server'

export async function SiteFooter() {
  const t = await getTranslations('Footer')
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('copyright', { year: new Date().getFullYear() })}</p>
        <p>{t('note')}</p>
      </div>
    </footer>
  )
}
