import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getLatestNews } from '@/lib/data/news'

export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, format, news] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getFormatter({ locale }),
    getLatestNews(locale, 6),
  ])

  return (
    <>
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </section>
      <section aria-labelledby="latest-news">
        <h2 id="latest-news">{t('latestNews')}</h2>
        {news.length === 0 ? (
          <p>{t('noNews')}</p>
        ) : (
          <ul className="card-list">
            {news.map((item) => (
              <li key={item.id} className="card">
                <h3>{item.title}</h3>
                <p className="meta">
                  <time dateTime={item.publishedAt}>
                    {t('publishedOn', { date: format.dateTime(new Date(item.publishedAt), { dateStyle: 'long' }) })}
                  </time>
                  {item.source ? <span> · {t('source', { source: item.source })}</span> : null}
                </p>
                {item.summary ? <p>{item.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
