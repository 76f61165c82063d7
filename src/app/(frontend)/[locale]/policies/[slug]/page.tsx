import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { notFoundMetadata, notFoundPage } from '@/components/NotFoundView'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FallbackNotice } from '@/components/FallbackNotice'
import { PartialDate } from '@/components/PartialDate'
import { RichText } from '@/components/RichText'
import { Link } from '@/i18n/navigation'
import { isLocale } from '@/i18n/locales'
import { getPolicyBySlug } from '@/lib/data/policies'
import { populated, populatedList } from '@/lib/data/populated'
import { fallbackLang, richTextPlain } from '@/lib/fallbackLang'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const policy = await getPolicyBySlug(locale, slug)
  if (!policy) return notFoundMetadata(locale)
  return pageMetadata(locale, publicPaths.policy(slug), { title: policy.title, description: policy.summary, meta: policy.meta })
}

export default async function PolicyPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const policy = await getPolicyBySlug(locale, slug)
  if (!policy) return notFoundPage()
  const t = await getTranslations('Policy')
  const type = populated(policy.category)
  const replacement = populated(policy.replacedBy)
  const attachments = populatedList(policy.attachments)
  const interpretationNews = populatedList(policy.interpretationNews?.docs)

  const facts: [string, React.ReactNode][] = [
    [t('documentNumber'), policy.documentNumber],
    [t('issuingBody'), policy.issuingBody],
    [t('type'), type?.title],
    [t('issueDate'), policy.issueDate ? <PartialDate key="issueDate" value={policy.issueDate} precision={policy.issueDatePrecision} locale={locale} /> : null],
    [t('effectiveDate'), policy.effectiveDate ? <PartialDate key="effectiveDate" value={policy.effectiveDate} precision={policy.effectiveDatePrecision} locale={locale} /> : null],
    [t('validity'), t(`validityLabels.${policy.validity}`)],
  ]

  return (
    <article className="document policy">
      <Breadcrumbs items={[{ label: t('title'), href: publicPaths.policyList() }, { label: policy.title }]} />
      {policy.validity !== 'in-force' ? (
        <div className="notice notice--warning" role="note">
          {policy.validity === 'replaced' && replacement ? (
            <p>
              {t.rich('replacedBy', {
                link: (chunks) => <Link href={publicPaths.policy(replacement.slug)}>{chunks}</Link>,
                title: replacement.title,
              })}
            </p>
          ) : (
            <p>{t('noLongerInForce')}</p>
          )}
        </div>
      ) : null}
      <FallbackNotice locale={locale} texts={[policy.title, policy.summary, richTextPlain(policy.body)]} />
      <header>
        <h1 lang={fallbackLang(policy.title, locale)}>{policy.title}</h1>
        {policy.summary ? (
          <p className="lead" lang={fallbackLang(policy.summary, locale)}>
            {policy.summary}
          </p>
        ) : null}
      </header>
      <table className="facts-table">
        <caption>{t('details')}</caption>
        <tbody>
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {policy.keyPoints?.length ? (
        <section>
          <h2>{t('keyPoints')}</h2>
          <ul className="key-points">
            {policy.keyPoints.map((point) => (
              <li key={point.id}>{point.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h2>{t('fullText')}</h2>
        <RichText data={policy.body} />
      </section>
      {attachments.length > 0 ? (
        <section>
          <h2>{t('attachments')}</h2>
          <ul className="attachments">
            {attachments.map((file) => (
              <li key={file.id}>
                <a href={file.url ?? '#'} download>
                  {file.title}
                </a>{' '}
                <span className="meta">{t('fileInfo', { type: 'PDF', size: ((file.filesize ?? 0) / 1024).toFixed(0) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {policy.interpretation || interpretationNews.length > 0 ? (
        <section className="interpretation">
          <h2>{t('interpretation')}</h2>
          <RichText data={policy.interpretation} />
          {interpretationNews.length > 0 ? (
            <ul>
              {interpretationNews.map((item) => (
                <li key={item.id}>
                  <Link href={publicPaths.news(item.slug)}>{item.title}</Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </article>
  )
}
